package main

import (
	"fmt"

	"k8s.io/apimachinery/pkg/util/validation/field"
	api "k8s.io/kubernetes/pkg/apis/core"
)

const (
	nodePortMin = 30000
	nodePortMax = 32767
)

// allocateServiceLikeKubeApiserver stands in for the Service REST storage's BeginCreate hook
// (pkg/registry/core/service/storage: normalizeClusterIPs, allocateCreate), which needs a running
// cluster's allocators. It does what that hook does on a dual-stack cluster (IPv4 first) with the
// default node-port range before validation runs: ClusterIPs mirrors ClusterIP, the IP family
// policy is defaulted (initIPFamilyFields: SingleStack, RequireDualStack for a headless Service
// without selector) and SingleStack with two IPs or families refused, a cluster IP, IP families and
// node ports are allocated where the Service asks for them, and a requested node port or health
// check node port outside the range, or a node port requested twice, is refused. It is an emulation: a cluster's own
// service CIDR and port range are not known offline.
func allocateServiceLikeKubeApiserver(svc *api.Service) []fieldError {
	spec := &svc.Spec
	if len(spec.ClusterIPs) == 0 && len(spec.ClusterIP) > 0 {
		spec.ClusterIPs = []string{spec.ClusterIP}
	}
	if spec.Type == api.ServiceTypeExternalName {
		return nil
	}
	if spec.IPFamilyPolicy == nil {
		policy := api.IPFamilyPolicySingleStack
		if spec.ClusterIP == api.ClusterIPNone && len(spec.Selector) == 0 {
			policy = api.IPFamilyPolicyRequireDualStack // headless and selectorless defaults to dual
		}
		spec.IPFamilyPolicy = &policy
	}
	var errs []fieldError
	if *spec.IPFamilyPolicy == api.IPFamilyPolicySingleStack {
		if len(spec.ClusterIPs) == 2 {
			errs = append(errs, fieldError{Stage: "validate", Type: "FieldValueInvalid", Field: "spec.ipFamilyPolicy",
				Detail: "must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified"})
		}
		if len(spec.IPFamilies) == 2 {
			errs = append(errs, fieldError{Stage: "validate", Type: "FieldValueInvalid", Field: "spec.ipFamilyPolicy",
				Detail: "must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified"})
		}
		if len(errs) > 0 {
			return errs
		}
	}
	if len(spec.IPFamilies) == 0 {
		spec.IPFamilies = []api.IPFamily{api.IPv4Protocol}
		if *spec.IPFamilyPolicy != api.IPFamilyPolicySingleStack {
			spec.IPFamilies = append(spec.IPFamilies, api.IPv6Protocol)
		}
	}
	if len(spec.ClusterIP) == 0 {
		for _, family := range spec.IPFamilies {
			spec.ClusterIPs = append(spec.ClusterIPs, allocatedIP(family))
		}
		spec.ClusterIP = spec.ClusterIPs[0]
	}
	needsNodePorts := spec.Type == api.ServiceTypeNodePort ||
		(spec.Type == api.ServiceTypeLoadBalancer && (spec.AllocateLoadBalancerNodePorts == nil || *spec.AllocateLoadBalancerNodePorts))
	used := map[string]bool{}
	next := int32(nodePortMin)
	for i := range spec.Ports {
		port := &spec.Ports[i]
		path := field.NewPath("spec", "ports").Index(i).Child("nodePort").String()
		if port.NodePort != 0 {
			key := fmt.Sprintf("%s/%d", port.Protocol, port.NodePort)
			if port.NodePort < nodePortMin || port.NodePort > nodePortMax {
				errs = append(errs, fieldError{Stage: "validate", Type: "FieldValueInvalid", Field: path,
					Detail: fmt.Sprintf("Invalid value: %d: provided port is not in the valid range. The range of valid ports is %d-%d (emulated allocator)", port.NodePort, nodePortMin, nodePortMax)})
			} else if used[key] {
				errs = append(errs, fieldError{Stage: "validate", Type: "FieldValueInvalid", Field: path,
					Detail: fmt.Sprintf("Invalid value: %d: provided port is already allocated (emulated allocator)", port.NodePort)})
			}
			used[key] = true
			continue
		}
		if needsNodePorts {
			for used[fmt.Sprintf("%s/%d", port.Protocol, next)] {
				next++
			}
			port.NodePort = next
			used[fmt.Sprintf("%s/%d", port.Protocol, next)] = true
		}
	}
	if spec.Type == api.ServiceTypeLoadBalancer && spec.ExternalTrafficPolicy == api.ServiceExternalTrafficPolicyLocal {
		if spec.HealthCheckNodePort == 0 {
			spec.HealthCheckNodePort = 32000
		} else if spec.HealthCheckNodePort < nodePortMin || spec.HealthCheckNodePort > nodePortMax {
			errs = append(errs, fieldError{Stage: "validate", Type: "FieldValueInvalid", Field: "spec.healthCheckNodePort",
				Detail: fmt.Sprintf("failed to allocate requested HealthCheck NodePort %d: provided port is not in the valid range (emulated allocator)", spec.HealthCheckNodePort)})
		}
	}
	return errs
}

func allocatedIP(family api.IPFamily) string {
	if family == api.IPv6Protocol {
		return "fd00:10:96::a"
	}
	return "10.96.0.10"
}
