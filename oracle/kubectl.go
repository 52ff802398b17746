package main

import (
	"fmt"

	"k8s.io/apimachinery/pkg/api/meta"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime"
	kubectlutil "k8s.io/kubectl/pkg/util"
)

// object is one object kubectl would send, with where it came from.
type object struct {
	item int
	obj  *unstructured.Unstructured
}

// objectsLikeKubectl turns one decoded chunk into the objects kubectl apply visits: the chunk
// decoded as unstructured (an error here is kubectl's "Object 'Kind' is missing" and friends), and a
// list kind flattened into its items (cli-runtime FlattenListVisitor, nested lists included).
func objectsLikeKubectl(raw []byte) ([]object, error) {
	decoded, _, err := unstructured.UnstructuredJSONScheme.Decode(raw, nil, nil)
	if err != nil {
		return nil, err
	}
	if !meta.IsListType(decoded) {
		u, ok := decoded.(*unstructured.Unstructured)
		if !ok {
			return nil, fmt.Errorf("unexpected object %T", decoded)
		}
		return []object{{item: -1, obj: u}}, nil
	}
	var out []object
	pending := []runtime.Object{decoded}
	for len(pending) > 0 {
		current := pending[0]
		pending = pending[1:]
		if !meta.IsListType(current) {
			if u, ok := current.(*unstructured.Unstructured); ok {
				out = append(out, object{item: len(out), obj: u})
			}
			continue
		}
		items, err := meta.ExtractList(current)
		if err != nil {
			return nil, err
		}
		if errs := runtime.DecodeList(items, unstructured.UnstructuredJSONScheme); len(errs) > 0 {
			return nil, errs[0]
		}
		pending = append(pending, items...)
	}
	return out, nil
}

// bodyLikeKubectlApply is the JSON `kubectl apply` (client-side) sends to create an object that does
// not exist yet: the object with its last-applied-configuration annotation
// (k8s.io/kubectl pkg/util.CreateApplyAnnotation), encoded as unstructured JSON.
func bodyLikeKubectlApply(obj *unstructured.Unstructured) ([]byte, error) {
	copied := obj.DeepCopy()
	if err := kubectlutil.CreateApplyAnnotation(copied, unstructured.UnstructuredJSONScheme); err != nil {
		return nil, err
	}
	return runtime.Encode(unstructured.UnstructuredJSONScheme, copied)
}
