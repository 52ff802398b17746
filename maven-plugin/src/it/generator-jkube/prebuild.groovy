// What JKube's kubernetes-maven-plugin (k8s:resource) writes: target/classes/META-INF/jkube/kubernetes.yml,
// a List of every resource, and each resource again in kubernetes/NAME-KIND.yml (no actuator, so no probes).
def service = '''apiVersion: v1
kind: Service
metadata:
  annotations:
    jkube.eclipse.org/git-branch: main
  labels:
    app: demo
    provider: jkube
    version: 1.0.0
    group: com.example
  name: demo
spec:
  ports:
  - name: http
    port: 8080
    protocol: TCP
    targetPort: 8080
  selector:
    app: demo
    provider: jkube
    group: com.example
'''
def deployment = '''apiVersion: apps/v1
kind: Deployment
metadata:
  annotations:
    jkube.eclipse.org/git-branch: main
  labels:
    app: demo
    provider: jkube
    version: 1.0.0
    group: com.example
  name: demo
spec:
  replicas: 1
  revisionHistoryLimit: 2
  selector:
    matchLabels:
      app: demo
      provider: jkube
      group: com.example
  template:
    metadata:
      labels:
        app: demo
        provider: jkube
        version: 1.0.0
        group: com.example
    spec:
      containers:
      - env:
        - name: KUBERNETES_NAMESPACE
          valueFrom:
            fieldRef:
              fieldPath: metadata.namespace
        - name: HOSTNAME
          valueFrom:
            fieldRef:
              fieldPath: metadata.name
        image: example/demo:1.0.0
        imagePullPolicy: IfNotPresent
        name: spring-boot
        ports:
        - containerPort: 8080
          name: http
          protocol: TCP
        securityContext:
          privileged: false
'''
def item = { String resource -> resource.readLines().withIndex().collect { line, i -> (i == 0 ? '- ' : '  ') + line }.join('\n') + '\n' }
def generatorOutput = evaluate(new File(itSources, 'shared/generator-output.groovy'))
return generatorOutput(basedir, 'classes/META-INF/jkube', [
        'kubernetes.yml': '---\napiVersion: v1\nkind: List\nitems:\n' + item(service) + item(deployment),
        'kubernetes/demo-service.yml': '---\n' + service,
        'kubernetes/demo-deployment.yml': '---\n' + deployment])
