package main

import (
	"context"
	"errors"
	"regexp"
	"strings"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/meta"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
	genericapirequest "k8s.io/apiserver/pkg/endpoints/request"
	"k8s.io/apiserver/pkg/registry/rest"
	"k8s.io/kubernetes/pkg/api/legacyscheme"
	api "k8s.io/kubernetes/pkg/apis/core"
)

// fieldError is one reason the API server gives for refusing a document.
type fieldError struct {
	Stage  string `json:"stage"`
	Type   string `json:"type,omitempty"`
	Field  string `json:"field,omitempty"`
	Detail string `json:"detail"`
}

var strictDecoder = func() runtime.Serializer {
	info, ok := runtime.SerializerInfoForMediaType(legacyscheme.Codecs.SupportedMediaTypes(), runtime.ContentTypeJSON)
	if !ok {
		panic("no JSON serializer in the legacy scheme")
	}
	return info.StrictSerializer
}()

// createOnServer does what the kube-apiserver's create handler does with the body kubectl sends,
// with fieldValidation=Strict (k8s.io/apiserver pkg/endpoints/handlers/create.go): strict decoding
// into the internal version (the codec defaults the versioned object first), then the generic
// registry Store's create (pkg/registry/generic/registry/store.go): system fields, generateName,
// the BeginCreate hook (emulated for Services: IP and port allocation), and rest.BeforeCreate, which
// runs the strategy's PrepareForCreate and Validate and then the ObjectMeta validation.
// Admission plugins are not run: they depend on the cluster (see README.md).
func createOnServer(body []byte, gvk schema.GroupVersionKind, namespace string, strategy rest.RESTCreateStrategy) []fieldError {
	hub := schema.GroupVersion{Group: gvk.Group, Version: runtime.APIVersionInternal}
	decoder := legacyscheme.Codecs.DecoderToVersion(strictDecoder, hub)
	obj, _, err := decoder.Decode(body, &gvk, nil)
	if err != nil {
		if strictErr, ok := runtime.AsStrictDecodingError(err); ok {
			var errs []fieldError
			for _, e := range strictErr.Errors() {
				errs = append(errs, strictFieldError(e))
			}
			return errs
		}
		return []fieldError{{Stage: "decode", Type: "BadRequest", Field: decodeErrorField(err.Error()), Detail: err.Error()}}
	}
	objectMeta, err := meta.Accessor(obj)
	if err != nil {
		return []fieldError{{Stage: "decode", Type: "InternalError", Detail: err.Error()}}
	}
	rest.FillObjectMetaSystemFields(objectMeta)
	if len(objectMeta.GetGenerateName()) > 0 && len(objectMeta.GetName()) == 0 {
		objectMeta.SetName(strategy.GenerateName(objectMeta.GetGenerateName()))
	}
	if svc, ok := obj.(*api.Service); ok {
		if errs := allocateServiceLikeKubeApiserver(svc); len(errs) > 0 {
			return errs
		}
	}
	requestNamespace := ""
	if strategy.NamespaceScoped() {
		requestNamespace = objectMeta.GetNamespace()
		if requestNamespace == "" {
			requestNamespace = namespace
		}
	}
	ctx := genericapirequest.WithNamespace(context.Background(), requestNamespace)
	resource, _ := meta.UnsafeGuessKindToResource(gvk)
	ctx = genericapirequest.WithRequestInfo(ctx, &genericapirequest.RequestInfo{
		IsResourceRequest: true, Verb: "create", APIPrefix: apiPrefix(gvk.Group), APIGroup: gvk.Group,
		APIVersion: gvk.Version, Namespace: requestNamespace, Resource: resource.Resource,
		Name: objectMeta.GetName(),
	})
	if err := rest.BeforeCreate(strategy, ctx, obj); err != nil {
		return statusErrors(err)
	}
	return nil
}

func apiPrefix(group string) string {
	if group == "" {
		return "api"
	}
	return "apis"
}

func statusErrors(err error) []fieldError {
	var status apierrors.APIStatus
	if errors.As(err, &status) && status.Status().Details != nil && len(status.Status().Details.Causes) > 0 {
		var errs []fieldError
		for _, cause := range status.Status().Details.Causes {
			errs = append(errs, fieldError{Stage: "validate", Type: string(cause.Type), Field: cause.Field, Detail: cause.Message})
		}
		return errs
	}
	return []fieldError{{Stage: "validate", Type: "Status", Detail: err.Error()}}
}

var (
	unknownFieldPattern   = regexp.MustCompile(`^unknown field "(.*)"$`)
	duplicateFieldPattern = regexp.MustCompile(`^duplicate field "(.*)"$`)
	goStructFieldPattern  = regexp.MustCompile(`Go struct field \S+?\.([A-Za-z0-9_.\[\]]+) of type`)
)

func strictFieldError(err error) fieldError {
	text := err.Error()
	if m := unknownFieldPattern.FindStringSubmatch(text); m != nil {
		return fieldError{Stage: "strict", Type: "FieldValueUnknown", Field: m[1], Detail: text}
	}
	if m := duplicateFieldPattern.FindStringSubmatch(text); m != nil {
		return fieldError{Stage: "strict", Type: "FieldValueDuplicate", Field: m[1], Detail: text}
	}
	return fieldError{Stage: "strict", Type: "Strict", Detail: text}
}

// decodeErrorField reads the field path out of encoding/json's "cannot unmarshal X into Go struct
// field Pod.spec.containers.ports.containerPort of type int32" (list indexes are not in it).
func decodeErrorField(text string) string {
	if m := goStructFieldPattern.FindStringSubmatch(text); m != nil {
		return strings.TrimPrefix(m[1], ".")
	}
	return ""
}
