// What quarkus-kubernetes writes in package: target/kubernetes/kubernetes.yml and kubernetes.json
// hold the same Service and Deployment (no health extension, so no probes).
def yml = '''---
apiVersion: v1
kind: Service
metadata:
  annotations:
    app.quarkus.io/build-timestamp: 2026-12-04 - 10:00:00 +0000
  labels:
    app.kubernetes.io/name: greeting
    app.kubernetes.io/version: 1.0.0-SNAPSHOT
    app.kubernetes.io/managed-by: quarkus
  name: greeting
spec:
  ports:
    - name: http
      port: 80
      protocol: TCP
      targetPort: 8080
  selector:
    app.kubernetes.io/name: greeting
    app.kubernetes.io/version: 1.0.0-SNAPSHOT
  type: ClusterIP
---
apiVersion: apps/v1
kind: Deployment
metadata:
  annotations:
    app.quarkus.io/build-timestamp: 2026-12-04 - 10:00:00 +0000
  labels:
    app.kubernetes.io/name: greeting
    app.kubernetes.io/version: 1.0.0-SNAPSHOT
    app.kubernetes.io/managed-by: quarkus
  name: greeting
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: greeting
      app.kubernetes.io/version: 1.0.0-SNAPSHOT
  template:
    metadata:
      annotations:
        app.quarkus.io/build-timestamp: 2026-12-04 - 10:00:00 +0000
      labels:
        app.kubernetes.io/managed-by: quarkus
        app.kubernetes.io/name: greeting
        app.kubernetes.io/version: 1.0.0-SNAPSHOT
    spec:
      containers:
        - env:
            - name: KUBERNETES_NAMESPACE
              valueFrom:
                fieldRef:
                  fieldPath: metadata.namespace
          image: alice/greeting:1.0.0-SNAPSHOT
          imagePullPolicy: Always
          name: greeting
          ports:
            - containerPort: 8080
              name: http
              protocol: TCP
'''
def json = '''{
  "apiVersion" : "v1",
  "kind" : "List",
  "items" : [ {
    "apiVersion" : "v1",
    "kind" : "Service",
    "metadata" : {
      "annotations" : { "app.quarkus.io/build-timestamp" : "2026-12-04 - 10:00:00 +0000" },
      "labels" : {
        "app.kubernetes.io/name" : "greeting",
        "app.kubernetes.io/version" : "1.0.0-SNAPSHOT",
        "app.kubernetes.io/managed-by" : "quarkus"
      },
      "name" : "greeting"
    },
    "spec" : {
      "ports" : [ { "name" : "http", "port" : 80, "protocol" : "TCP", "targetPort" : 8080 } ],
      "selector" : { "app.kubernetes.io/name" : "greeting", "app.kubernetes.io/version" : "1.0.0-SNAPSHOT" },
      "type" : "ClusterIP"
    }
  }, {
    "apiVersion" : "apps/v1",
    "kind" : "Deployment",
    "metadata" : {
      "annotations" : { "app.quarkus.io/build-timestamp" : "2026-12-04 - 10:00:00 +0000" },
      "labels" : {
        "app.kubernetes.io/name" : "greeting",
        "app.kubernetes.io/version" : "1.0.0-SNAPSHOT",
        "app.kubernetes.io/managed-by" : "quarkus"
      },
      "name" : "greeting"
    },
    "spec" : {
      "replicas" : 1,
      "selector" : {
        "matchLabels" : { "app.kubernetes.io/name" : "greeting", "app.kubernetes.io/version" : "1.0.0-SNAPSHOT" }
      },
      "template" : {
        "metadata" : {
          "annotations" : { "app.quarkus.io/build-timestamp" : "2026-12-04 - 10:00:00 +0000" },
          "labels" : {
            "app.kubernetes.io/managed-by" : "quarkus",
            "app.kubernetes.io/name" : "greeting",
            "app.kubernetes.io/version" : "1.0.0-SNAPSHOT"
          }
        },
        "spec" : {
          "containers" : [ {
            "env" : [ {
              "name" : "KUBERNETES_NAMESPACE",
              "valueFrom" : { "fieldRef" : { "fieldPath" : "metadata.namespace" } }
            } ],
            "image" : "alice/greeting:1.0.0-SNAPSHOT",
            "imagePullPolicy" : "Always",
            "name" : "greeting",
            "ports" : [ { "containerPort" : 8080, "name" : "http", "protocol" : "TCP" } ]
          } ]
        }
      }
    }
  } ]
}
'''
def generatorOutput = evaluate(new File(itSources, 'shared/generator-output.groovy'))
return generatorOutput(basedir, 'kubernetes', ['kubernetes.yml': yml, 'kubernetes.json': json])
