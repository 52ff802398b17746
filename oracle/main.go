// Command podlint-oracle runs the real Kubernetes code over manifests and prints, for every object,
// whether `kubectl apply -f FILE` would be accepted by a Kubernetes API server of the version this
// module pins, and every error the server would give. It is a test instrument for podlint.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"k8s.io/kubernetes/pkg/api/legacyscheme"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/kubernetes/pkg/capabilities"
)

type verdict struct {
	File       string          `json:"file"`
	Document   int             `json:"document"`
	Item       int             `json:"item"`
	Line       int             `json:"line"`
	EndLine    int             `json:"endLine"`
	APIVersion string          `json:"apiVersion"`
	Kind       string          `json:"kind"`
	Name       string          `json:"name"`
	Namespace  string          `json:"namespace"`
	Supported  bool            `json:"supported"`
	Accepted   *bool           `json:"accepted"`
	Truncated  bool            `json:"truncated,omitempty"`
	Errors     []fieldError    `json:"errors"`
	Body       json.RawMessage `json:"body,omitempty"`
}

// showBody adds to each verdict the JSON kubectl sends (never for a Secret).
var showBody bool

func main() {
	namespace := flag.String("namespace", "default", "namespace of objects that name none (kubectl's context namespace)")
	allowPrivileged := flag.Bool("allow-privileged", true, "the kube-apiserver flag --allow-privileged (its own default is false; kubeadm, kind and managed clusters set true)")
	flag.BoolVar(&showBody, "body", false, "also print the JSON body kubectl sends for each object (never for a Secret)")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: podlint-oracle [--namespace NS] [--body] PATH...\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	capabilities.Setup(*allowPrivileged, 0)
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	out := bufio.NewWriterSize(os.Stdout, 1<<16)
	encoder := json.NewEncoder(out)
	encoder.SetEscapeHTML(false)
	status := 0
	for _, path := range expand(flag.Args()) {
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintf(os.Stderr, "podlint-oracle: %v\n", err)
			status = 2
			continue
		}
		for _, v := range judgeFile(path, data, *namespace) {
			if err := encoder.Encode(v); err != nil {
				fmt.Fprintf(os.Stderr, "podlint-oracle: %v\n", err)
				_ = out.Flush()
				os.Exit(2)
			}
		}
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintf(os.Stderr, "podlint-oracle: %v\n", err)
		status = 2
	}
	os.Exit(status)
}

// expand walks folders the way `kubectl apply -R -f DIR` does: files ending in .json, .yaml or .yml.
func expand(paths []string) []string {
	var files []string
	for _, path := range paths {
		info, err := os.Stat(path)
		if err != nil || !info.IsDir() {
			files = append(files, path)
			continue
		}
		var found []string
		_ = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				switch strings.ToLower(filepath.Ext(p)) {
				case ".json", ".yaml", ".yml":
					found = append(found, p)
				}
			}
			return nil
		})
		sort.Strings(found)
		files = append(files, found...)
	}
	return files
}

func judgeFile(path string, data []byte, namespace string) []verdict {
	var verdicts []verdict
	for _, c := range splitLikeKubectl(data) {
		base := verdict{File: path, Document: c.index, Item: -1, Line: c.line, EndLine: c.endLine}
		if c.err != nil {
			base.Truncated = true
			verdicts = append(verdicts, rejected(base, fieldError{Stage: "yaml", Detail: fmt.Sprintf("error parsing %s: %v", path, c.err)}))
			break
		}
		if len(c.raw) == 0 || string(c.raw) == "null" {
			continue
		}
		objects, err := objectsLikeKubectl(c.raw)
		if err != nil {
			verdicts = append(verdicts, rejected(base, fieldError{Stage: "yaml", Detail: err.Error()}))
			continue
		}
		for _, o := range objects {
			v := base
			v.Item = o.item
			verdicts = append(verdicts, judgeObject(v, o.obj, namespace))
		}
	}
	return verdicts
}

func judgeObject(v verdict, obj *unstructured.Unstructured, namespace string) verdict {
	gvk := obj.GroupVersionKind()
	v.APIVersion, v.Kind, v.Name, v.Namespace = obj.GetAPIVersion(), obj.GetKind(), obj.GetName(), obj.GetNamespace()
	if !servedByDefault[gvk.GroupVersion()] {
		if builtInGroups[gvk.Group] {
			return rejected(v, fieldError{Stage: "unknown-kind", Detail: fmt.Sprintf("no matches for kind %q in version %q", gvk.Kind, gvk.GroupVersion().String())})
		}
		v.Errors = []fieldError{}
		return v
	}
	if schemeCompleteGroups[gvk.Group] && !legacyscheme.Scheme.Recognizes(gvk) {
		// a served version of a group whose every type the oracle registers: the kind does not exist
		return rejected(v, fieldError{Stage: "unknown-kind", Detail: fmt.Sprintf("no matches for kind %q in version %q", gvk.Kind, gvk.GroupVersion().String())})
	}
	strategy, known := strategies[gvk.GroupKind()]
	if !known {
		v.Errors = []fieldError{}
		return v
	}
	v.Supported = true
	if v.Namespace == "" && strategy.NamespaceScoped() {
		v.Namespace = namespace
	}
	if v.Name == "" {
		// kubectl apply first GETs the live object by name (apply.go applyOneObject, info.Get); with
		// generateName alone client-go refuses the request. kubectl create would accept it.
		return rejected(v, fieldError{Stage: "apply", Field: "metadata.name", Detail: "resource name may not be empty (kubectl apply needs metadata.name; generateName works only with kubectl create)"})
	}
	body, err := bodyLikeKubectlApply(obj)
	if err != nil {
		return rejected(v, fieldError{Stage: "apply", Detail: err.Error()})
	}
	errs := createOnServer(body, schema.GroupVersionKind(gvk), namespace, strategy)
	isSecret := gvk.GroupKind() == (schema.GroupKind{Kind: "Secret"})
	if isSecret {
		errs = redactSecretValues(errs)
	} else if showBody {
		v.Body = body
	}
	accepted := len(errs) == 0
	v.Accepted = &accepted
	if errs == nil {
		errs = []fieldError{}
	}
	v.Errors = errs
	return v
}

func rejected(v verdict, err fieldError) verdict {
	accepted := false
	v.Accepted = &accepted
	v.Supported = v.Supported || err.Stage == "yaml" || err.Stage == "unknown-kind"
	v.Errors = []fieldError{err}
	return v
}

var quotedValue = regexp.MustCompile(`(?s)(Invalid value|Duplicate value|Unsupported value|Forbidden): ".*?"(: |$)`)

// redactSecretValues keeps a Secret's values out of the output: field errors quote the bad value
// (the field path still names the key).
func redactSecretValues(errs []fieldError) []fieldError {
	for i := range errs {
		if strings.HasPrefix(errs[i].Field, "metadata.") {
			continue
		}
		errs[i].Detail = quotedValue.ReplaceAllString(errs[i].Detail, `$1: "<redacted>"$2`)
	}
	return errs
}
