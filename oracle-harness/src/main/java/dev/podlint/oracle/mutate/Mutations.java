package dev.podlint.oracle.mutate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The catalogue of every mutation. */
public final class Mutations {

    private Mutations() {}

    public static List<Mutation> all() {
        List<Mutation> all = new ArrayList<>();
        all.addAll(MetadataMutations.all());
        all.addAll(ContainerMutations.all());
        all.addAll(PortMutations.all());
        all.addAll(MountMutations.all());
        all.addAll(EnvMutations.all());
        all.addAll(ProbeMutations.all());
        all.addAll(PodSpecMutations.all());
        all.addAll(VolumeMutations.all());
        all.addAll(WorkloadMutations.all());
        all.addAll(BatchMutations.all());
        all.addAll(ServiceMutations.all());
        all.addAll(PolicyMutations.all());
        all.addAll(NetworkingMutations.all());
        all.addAll(DataMutations.all());
        all.addAll(CoreKindMutations.all());
        all.addAll(MoreKindMutations.all());
        all.addAll(WebhookMutations.all());
        all.addAll(EndpointsMutations.all());
        all.addAll(StorageDriverMutations.all());
        all.addAll(FlowControlMutations.all());
        all.addAll(YamlMutations.all());
        all.addAll(ValidMutations.all());
        Set<String> ids = new HashSet<>();
        for (Mutation m : all) {
            if (!ids.add(m.id())) {
                throw new IllegalStateException("two mutations with id " + m.id());
            }
        }
        return List.copyOf(all);
    }
}
