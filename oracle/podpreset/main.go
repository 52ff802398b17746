// Command podpreset-oracle applies PodPresets to Pods with the Kubernetes 1.19 PodPreset admission
// plugin's own code (k8s.io/kubernetes/plugin/pkg/admission/podpreset) and prints, per Pod, what the
// API server would have created.
//
//	podpreset-oracle [--namespace default] [--feature-gates EphemeralContainers=true]
//	                 [--preset-storage protobuf|none] [--skip-admission] PATH...
//
// Every document of every PATH (files, or folders searched for *.yaml, *.yml, *.json) is read as
// kubectl reads it; PodPresets (settings.k8s.io/v1alpha1) are collected from all of them, then
// every Pod (v1) is admitted, in input order. One JSON line per Pod on stdout (see Result).
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	corev1 "k8s.io/api/core/v1"
	settingsv1alpha1 "k8s.io/api/settings/v1alpha1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/util/yaml"
	"k8s.io/apiserver/pkg/admission"
	utilfeature "k8s.io/apiserver/pkg/util/feature"
	"k8s.io/klog/v2"
	"k8s.io/kubernetes/pkg/api/legacyscheme"
	api "k8s.io/kubernetes/pkg/apis/core"
	_ "k8s.io/kubernetes/pkg/apis/core/install"
	"k8s.io/kubernetes/pkg/apis/settings"
	_ "k8s.io/kubernetes/pkg/apis/settings/install"
	_ "k8s.io/kubernetes/pkg/features"
	"k8s.io/kubernetes/plugin/pkg/admission/podpreset"
)

// Result is one output line: a Pod, or a document that could not be decoded.
type Result struct {
	File      string `json:"file"`
	Document  int    `json:"document"`
	Item      *int   `json:"item,omitempty"`
	Kind      string `json:"kind"`
	Name      string `json:"name"`
	Namespace string `json:"namespace"`
	// Applied names the presets whose podpreset-<name> annotation the plugin added, in name order.
	Applied []string `json:"applied"`
	// Conflict is the warning the plugin logged when a conflict made it apply no preset.
	Conflict string `json:"conflict,omitempty"`
	// Error is what Admit returned (the pod create fails), or a decoding error.
	Error string          `json:"error,omitempty"`
	Pod   json.RawMessage `json:"pod,omitempty"`
}

type document struct {
	file  string
	index int
	item  *int
	raw   []byte
}

const annotationPrefix = "podpreset.admission.kubernetes.io/podpreset-"

func main() {
	namespace := flag.String("namespace", "default", "namespace of documents that name none")
	gates := flag.String("feature-gates", "", "feature gates, as kube-apiserver's flag (e.g. EphemeralContainers=true)")
	storage := flag.String("preset-storage", "protobuf", "how presets reach the plugin's informer: "+
		"protobuf (stored and watched as the API server does) or none (decoded objects as they are)")
	skip := flag.Bool("skip-admission", false, "decode, default and print the Pods without running the plugin")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: podpreset-oracle [--namespace NS] [--feature-gates G=true] "+
			"[--preset-storage protobuf|none] [--skip-admission] PATH...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 || (*storage != "protobuf" && *storage != "none") {
		flag.Usage()
		os.Exit(2)
	}
	if *gates != "" {
		if err := utilfeature.DefaultMutableFeatureGate.Set(*gates); err != nil {
			fmt.Fprintln(os.Stderr, "podpreset-oracle:", err)
			os.Exit(2)
		}
	}
	logs := captureWarnings()

	var docs []document
	for _, path := range flag.Args() {
		files, err := manifestFiles(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, "podpreset-oracle:", err)
			os.Exit(2)
		}
		for _, file := range files {
			read, err := readDocuments(file)
			if err != nil {
				fmt.Fprintln(os.Stderr, "podpreset-oracle:", err)
				os.Exit(2)
			}
			docs = append(docs, read...)
		}
	}

	presets := newPresetLister()
	var pods []document
	out := json.NewEncoder(os.Stdout)
	out.SetEscapeHTML(false)
	for _, d := range docs {
		switch kindOf(d.raw) {
		case "settings.k8s.io/v1alpha1/PodPreset":
			pp, err := storedPreset(d.raw, *namespace, *storage == "protobuf")
			if err != nil {
				fmt.Fprintf(os.Stderr, "podpreset-oracle: %s: document %d: PodPreset: %v\n", d.file, d.index, err)
				continue
			}
			presets.add(pp)
		case "v1/Pod":
			pods = append(pods, d)
		}
	}

	plugin := podpreset.NewPlugin()
	plugin.SetExternalKubeInformerFactory(newInformerFactory(presets))
	for _, d := range pods {
		r := admit(plugin, d, *namespace, *skip, logs)
		if err := out.Encode(r); err != nil {
			fmt.Fprintln(os.Stderr, "podpreset-oracle:", err)
			os.Exit(2)
		}
	}
}

// admit does what the API server does with a Pod create: decode the request body into v1, apply
// the v1 defaults, convert to the internal type, run the mutating admission plugin.
func admit(plugin *podpreset.Plugin, d document, defaultNamespace string, skip bool, logs *bytes.Buffer) Result {
	r := Result{File: d.file, Document: d.index, Item: d.item, Kind: "Pod", Applied: []string{}}
	obj, _, err := legacyscheme.Codecs.UniversalDeserializer().Decode(d.raw, nil, nil)
	if err != nil {
		r.Error = "decode: " + err.Error()
		return r
	}
	external := obj.(*corev1.Pod)
	legacyscheme.Scheme.Default(external)
	pod := &api.Pod{}
	if err := legacyscheme.Scheme.Convert(external, pod, nil); err != nil {
		r.Error = "convert: " + err.Error()
		return r
	}
	r.Name = pod.Name
	r.Namespace = pod.Namespace
	if r.Namespace == "" {
		r.Namespace = defaultNamespace
	}
	if !skip {
		logs.Reset()
		attrs := admission.NewAttributesRecord(pod, nil, api.Kind("Pod").WithVersion("version"), r.Namespace,
			pod.Name, api.Resource("pods").WithVersion("version"), "", admission.Create,
			&metav1.CreateOptions{}, false, nil)
		if err := plugin.Admit(context.Background(), attrs, nil); err != nil {
			r.Error = err.Error()
		}
		if i := strings.Index(logs.String(), "conflict occurred while applying podpresets"); i >= 0 {
			r.Conflict = strings.TrimSpace(logs.String()[i:])
		}
	}
	for key := range pod.Annotations {
		if strings.HasPrefix(key, annotationPrefix) {
			r.Applied = append(r.Applied, strings.TrimPrefix(key, annotationPrefix))
		}
	}
	sort.Strings(r.Applied)
	back := &corev1.Pod{}
	if err := legacyscheme.Scheme.Convert(pod, back, nil); err != nil {
		r.Error = "convert back: " + err.Error()
		return r
	}
	back.APIVersion, back.Kind = "v1", "Pod"
	if r.Pod, err = json.Marshal(back); err != nil {
		r.Error = "encode: " + err.Error()
	}
	return r
}

// storedPreset is the preset as the plugin's informer holds it: decoded, defaulted, converted to the
// internal type and back (create), and with storage, encoded and decoded as protobuf (etcd, then the
// watch the API server's own informers use).
func storedPreset(raw []byte, defaultNamespace string, storage bool) (*settingsv1alpha1.PodPreset, error) {
	obj, _, err := legacyscheme.Codecs.UniversalDeserializer().Decode(raw, nil, nil)
	if err != nil {
		return nil, err
	}
	pp := obj.(*settingsv1alpha1.PodPreset)
	legacyscheme.Scheme.Default(pp)
	if pp.Namespace == "" {
		pp.Namespace = defaultNamespace
	}
	internal := &settings.PodPreset{}
	if err := legacyscheme.Scheme.Convert(pp, internal, nil); err != nil {
		return nil, err
	}
	stored := &settingsv1alpha1.PodPreset{}
	if err := legacyscheme.Scheme.Convert(internal, stored, nil); err != nil {
		return nil, err
	}
	if !storage {
		return stored, nil
	}
	data, err := stored.Marshal()
	if err != nil {
		return nil, err
	}
	watched := &settingsv1alpha1.PodPreset{}
	if err := watched.Unmarshal(data); err != nil {
		return nil, err
	}
	return watched, nil
}

// kindOf is "apiVersion/kind" of a JSON document, "" when it has none.
func kindOf(raw []byte) string {
	var tm metav1.TypeMeta
	if err := json.Unmarshal(raw, &tm); err != nil {
		return ""
	}
	return tm.APIVersion + "/" + tm.Kind
}

// readDocuments splits a file as kubectl's StreamVisitor does (k8s.io/cli-runtime resource/visitor.go):
// YAML or JSON documents, each converted to JSON; empty and null documents skipped. A List is
// unpacked into its items, as kubectl's builder flattens it.
func readDocuments(file string) ([]document, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []document
	d := yaml.NewYAMLOrJSONDecoder(f, 4096)
	for index := 0; ; index++ {
		ext := runtime.RawExtension{}
		if err := d.Decode(&ext); err != nil {
			if err == io.EOF {
				return out, nil
			}
			return nil, fmt.Errorf("error parsing %s: %v", file, err)
		}
		ext.Raw = bytes.TrimSpace(ext.Raw)
		if len(ext.Raw) == 0 || bytes.Equal(ext.Raw, []byte("null")) {
			continue
		}
		items, isList, err := listItems(ext.Raw)
		if err != nil {
			return nil, fmt.Errorf("%s: document %d: %v", file, index, err)
		}
		if !isList {
			out = append(out, document{file: file, index: index, raw: ext.Raw})
			continue
		}
		for i, item := range items {
			i := i
			out = append(out, document{file: file, index: index, item: &i, raw: item})
		}
	}
}

func listItems(raw []byte) ([][]byte, bool, error) {
	var probe map[string]interface{}
	if err := json.Unmarshal(raw, &probe); err != nil {
		return nil, false, nil
	}
	kind, _ := probe["kind"].(string)
	if !strings.HasSuffix(kind, "List") {
		return nil, false, nil
	}
	if _, ok := probe["items"].([]interface{}); !ok {
		return nil, false, nil
	}
	list := &unstructured.UnstructuredList{}
	if err := list.UnmarshalJSON(raw); err != nil {
		return nil, true, err
	}
	var items [][]byte
	for _, item := range list.Items {
		data, err := item.MarshalJSON()
		if err != nil {
			return nil, true, err
		}
		items = append(items, data)
	}
	return items, true, nil
}

func manifestFiles(path string) ([]string, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return []string{path}, nil
	}
	var files []string
	err = filepath.Walk(path, func(p string, fi os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if fi.IsDir() && p != path && strings.HasPrefix(fi.Name(), ".") {
			return filepath.SkipDir
		}
		switch filepath.Ext(p) {
		case ".yaml", ".yml", ".json":
			if !fi.IsDir() {
				files = append(files, p)
			}
		}
		return nil
	})
	return files, err
}

// captureWarnings sends klog's warnings (the plugin's conflict message) to a buffer, the rest nowhere.
func captureWarnings() *bytes.Buffer {
	fs := flag.NewFlagSet("klog", flag.ContinueOnError)
	klog.InitFlags(fs)
	_ = fs.Set("logtostderr", "false")
	_ = fs.Set("alsologtostderr", "false")
	_ = fs.Set("stderrthreshold", "FATAL")
	klog.SetOutput(io.Discard)
	buf := &bytes.Buffer{}
	klog.SetOutputBySeverity("WARNING", buf)
	return buf
}
