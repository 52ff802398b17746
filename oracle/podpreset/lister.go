package main

import (
	"sort"

	settingsv1alpha1 "k8s.io/api/settings/v1alpha1"
	"k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/client-go/informers"
	settingsinformers "k8s.io/client-go/informers/settings"
	settingsv1alpha1informers "k8s.io/client-go/informers/settings/v1alpha1"
	settingsv1alpha1listers "k8s.io/client-go/listers/settings/v1alpha1"
	"k8s.io/client-go/tools/cache"
)

// presetLister holds the presets by namespace and lists them in name order. The real lister (a
// client-go indexer) returns them in Go map order, which changes from call to call; podlint merges
// in name order, so the oracle does too.
type presetLister struct {
	byNamespace map[string][]*settingsv1alpha1.PodPreset
}

var _ settingsv1alpha1listers.PodPresetLister = &presetLister{}

func newPresetLister() *presetLister {
	return &presetLister{byNamespace: map[string][]*settingsv1alpha1.PodPreset{}}
}

// add keeps the last preset of a namespace and name, as a store would.
func (l *presetLister) add(pp *settingsv1alpha1.PodPreset) {
	list := l.byNamespace[pp.Namespace]
	for i, old := range list {
		if old.Name == pp.Name {
			list[i] = pp
			return
		}
	}
	list = append(list, pp)
	sort.SliceStable(list, func(i, j int) bool { return list[i].Name < list[j].Name })
	l.byNamespace[pp.Namespace] = list
}

func (l *presetLister) List(selector labels.Selector) ([]*settingsv1alpha1.PodPreset, error) {
	namespaces := make([]string, 0, len(l.byNamespace))
	for ns := range l.byNamespace {
		namespaces = append(namespaces, ns)
	}
	sort.Strings(namespaces)
	var out []*settingsv1alpha1.PodPreset
	for _, ns := range namespaces {
		found, _ := l.PodPresets(ns).List(selector)
		out = append(out, found...)
	}
	return out, nil
}

func (l *presetLister) PodPresets(namespace string) settingsv1alpha1listers.PodPresetNamespaceLister {
	return namespaceLister{list: l.byNamespace[namespace]}
}

type namespaceLister struct {
	list []*settingsv1alpha1.PodPreset
}

func (n namespaceLister) List(selector labels.Selector) ([]*settingsv1alpha1.PodPreset, error) {
	var out []*settingsv1alpha1.PodPreset
	for _, pp := range n.list {
		if selector.Matches(labels.Set(pp.Labels)) {
			out = append(out, pp)
		}
	}
	return out, nil
}

func (n namespaceLister) Get(name string) (*settingsv1alpha1.PodPreset, error) {
	for _, pp := range n.list {
		if pp.Name == name {
			return pp, nil
		}
	}
	return nil, errors.NewNotFound(settingsv1alpha1.Resource("podpreset"), name)
}

// informerFactory hands the plugin the lister above through the informer factory interface it
// takes (SetExternalKubeInformerFactory); only Settings().V1alpha1().PodPresets() is used.
type informerFactory struct {
	informers.SharedInformerFactory
	presets *presetLister
}

func newInformerFactory(presets *presetLister) informers.SharedInformerFactory {
	return informerFactory{presets: presets}
}

func (f informerFactory) Settings() settingsinformers.Interface { return settingsGroup{f.presets} }

type settingsGroup struct{ presets *presetLister }

func (g settingsGroup) V1alpha1() settingsv1alpha1informers.Interface { return settingsVersion(g) }

type settingsVersion struct{ presets *presetLister }

func (v settingsVersion) PodPresets() settingsv1alpha1informers.PodPresetInformer {
	return presetInformer(v)
}

type presetInformer struct{ presets *presetLister }

// Informer is only asked for HasSynced (the plugin's ready function), which Admit does not wait for.
func (i presetInformer) Informer() cache.SharedIndexInformer {
	return cache.NewSharedIndexInformer(&cache.ListWatch{}, &settingsv1alpha1.PodPreset{}, 0, cache.Indexers{})
}

func (i presetInformer) Lister() settingsv1alpha1listers.PodPresetLister { return i.presets }
