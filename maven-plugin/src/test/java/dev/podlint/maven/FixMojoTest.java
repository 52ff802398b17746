package dev.podlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fix goal run in-process on a project folder. */
class FixMojoTest {

    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web   # keep
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  imagePullPolicy: always
            """;

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    private FixMojo mojo() {
        FixMojo mojo = GoalDefaults.of(new FixMojo(), project, log);
        mojo.secretData = "string-data";
        return mojo;
    }

    @Test
    void fixesInPlaceAndLogsWhatRemains() throws Exception {
        GoalDefaults.write(project, "src/main/kubernetes/pod.yaml", POD);
        mojo().execute();
        assertThat(project.resolve("src/main/kubernetes/pod.yaml"))
                .content()
                .isEqualTo(POD.replace("always", "Always"));
        assertThat(log.lines).contains("[INFO] podlint: src/main/kubernetes/pod.yaml: fixed 1 finding");
    }

    @Test
    void diffLogsTheDiffAndWritesNothing() throws Exception {
        GoalDefaults.write(project, "src/main/kubernetes/pod.yaml", POD);
        FixMojo mojo = mojo();
        mojo.diff = true;
        mojo.execute();
        assertThat(project.resolve("src/main/kubernetes/pod.yaml")).content().isEqualTo(POD);
        assertThat(log.lines).contains("[INFO] +      imagePullPolicy: Always");
        assertThat(Files.exists(project.resolve("target/podlint"))).isFalse();
    }
}
