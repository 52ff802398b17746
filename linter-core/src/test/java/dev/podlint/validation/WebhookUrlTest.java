package dev.podlint.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** ValidateWebhookURL over Go's url.Parse: each case as the Kubernetes 1.36.3 oracle decides it. */
class WebhookUrlTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://a.b/x",
                "https://a.b:8443",
                "https://a.b:",
                "https://a.b:99999",
                "https://[::1]:443/x",
                "https://[::ffff:1.2.3.4]/x",
                "https://[fe80::1%25en0]/x",
                "https://a.b/%41",
                "https://a%c3%a9.b/x",
                "https://a.b/x#",
                "https://a.b/x?",
                "HTTPS://a.b",
                "https://a.b/x y",
                "https://é.com/x",
                "https://a_b.c"
            })
    void accepted(String url) {
        assertThat(WebhookUrl.problems(url)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://a.b:x | invalid port \":x\" after host",
                "https://a:b:c/x | invalid port \":b:c\" after host",
                "https://[1.2.3.4]/x | invalid host",
                "https://x[::1] | invalid IP-literal",
                "https://[::1 | missing ']' in host",
                "https://a.b/%zz | invalid URL escape \"%zz\"",
                "https://a%41.b/x | invalid URL escape \"%41\"",
                "https://a b/x | invalid character \" \" in host name",
                "https://a^b | invalid character \"^\" in host name",
                "https://a.b/x#%zz | invalid URL escape",
                "https://u^x@a.b | net/url: invalid userinfo",
                ":x | missing protocol scheme",
                "https://user@a.b/x | may not carry user information",
                "https://a.b/x?? | may not carry query parameters (??)",
                "https://a.b/x?#f | may not carry a fragment (#f)",
                "https:/a.b | must name a host",
                "//a.b/x | must use https (it names no scheme)",
                "http://a.b/x | must use https, not http"
            })
    void rejected(String url, String problem) {
        assertThat(WebhookUrl.problems(url)).anySatisfy(p -> assertThat(p).contains(problem));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/validate | 0",
                "/ | 0",
                "'' | 0",
                "/v1.admit/pods/ | 0",
                "// | 1",
                "validate | 1",
                "validate//x/Bad_Seg/ | 3",
                "/validate//pods | 1"
            })
    void servicePath(String path, int problems) {
        assertThat(WebhookCheck.servicePath(path)).hasSize(problems);
    }
}
