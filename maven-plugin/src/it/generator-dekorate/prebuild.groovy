// What Dekorate's annotation processor writes while compiling (a Spring Boot app with
// kubernetes-spring-starter): target/classes/META-INF/dekorate/kubernetes.yml and kubernetes.json
// hold the same Service and Deployment (no actuator, so no probes).
def yml = '''---
apiVersion: v1
kind: Service
metadata:
  labels:
    app.kubernetes.io/name: orders
    app.kubernetes.io/version: 0.0.1-SNAPSHOT
  name: orders
spec:
  ports:
    - name: http
      port: 80
      targetPort: 8080
  selector:
    app.kubernetes.io/name: orders
    app.kubernetes.io/version: 0.0.1-SNAPSHOT
  type: ClusterIP
---
apiVersion: apps/v1
kind: Deployment
metadata:
  labels:
    app.kubernetes.io/name: orders
    app.kubernetes.io/version: 0.0.1-SNAPSHOT
  name: orders
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: orders
      app.kubernetes.io/version: 0.0.1-SNAPSHOT
  template:
    metadata:
      labels:
        app.kubernetes.io/name: orders
        app.kubernetes.io/version: 0.0.1-SNAPSHOT
    spec:
      containers:
        - env:
            - name: KUBERNETES_NAMESPACE
              valueFrom:
                fieldRef:
                  fieldPath: metadata.namespace
          image: alice/orders:0.0.1-SNAPSHOT
          imagePullPolicy: IfNotPresent
          name: orders
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
      "labels" : { "app.kubernetes.io/name" : "orders", "app.kubernetes.io/version" : "0.0.1-SNAPSHOT" },
      "name" : "orders"
    },
    "spec" : {
      "ports" : [ { "name" : "http", "port" : 80, "targetPort" : 8080 } ],
      "selector" : { "app.kubernetes.io/name" : "orders", "app.kubernetes.io/version" : "0.0.1-SNAPSHOT" },
      "type" : "ClusterIP"
    }
  }, {
    "apiVersion" : "apps/v1",
    "kind" : "Deployment",
    "metadata" : {
      "labels" : { "app.kubernetes.io/name" : "orders", "app.kubernetes.io/version" : "0.0.1-SNAPSHOT" },
      "name" : "orders"
    },
    "spec" : {
      "replicas" : 1,
      "selector" : {
        "matchLabels" : { "app.kubernetes.io/name" : "orders", "app.kubernetes.io/version" : "0.0.1-SNAPSHOT" }
      },
      "template" : {
        "metadata" : {
          "labels" : { "app.kubernetes.io/name" : "orders", "app.kubernetes.io/version" : "0.0.1-SNAPSHOT" }
        },
        "spec" : {
          "containers" : [ {
            "env" : [ {
              "name" : "KUBERNETES_NAMESPACE",
              "valueFrom" : { "fieldRef" : { "fieldPath" : "metadata.namespace" } }
            } ],
            "image" : "alice/orders:0.0.1-SNAPSHOT",
            "imagePullPolicy" : "IfNotPresent",
            "name" : "orders",
            "ports" : [ { "containerPort" : 8080, "name" : "http", "protocol" : "TCP" } ]
          } ]
        }
      }
    }
  } ]
}
'''
def generatorOutput = evaluate(new File(itSources, 'shared/generator-output.groovy'))
return generatorOutput(basedir, 'classes/META-INF/dekorate', ['kubernetes.yml': yml, 'kubernetes.json': json])
