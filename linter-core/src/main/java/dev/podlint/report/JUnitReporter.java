package dev.podlint.report;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Notification;
import dev.podlint.rule.RuleDefinition;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML, as Jenkins, GitLab and Azure DevOps read test results: one test suite per file, and in
 * it one test case per rule (named by the rule id, its class name the file), which fails with each
 * unsuppressed finding of that rule in that file as a line {@code file:line:col: severity: message}.
 * A file that could not be read is a test case {@code podlint} with an error; the run's other
 * problems of a file are its suite's {@code system-err}, those of no file a suite {@code podlint}.
 */
public final class JUnitReporter implements Reporter {

    private static final String RUN = "podlint";

    @Override
    public void write(Report report, Writer out) throws IOException {
        List<ReportedFiles.FileEntry> files = ReportedFiles.of(report);
        Set<String> ruleIds = new LinkedHashSet<>();
        report.rules().stream().map(RuleDefinition::id).forEach(ruleIds::add);
        report.findings().stream()
                .filter(f -> !f.suppressed())
                .map(Finding::ruleId)
                .forEach(ruleIds::add);
        List<Notification> ofNoFile =
                report.notifications().stream().filter(n -> n.file() == null).toList();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", RUN);
            long tests = 0;
            long failures = 0;
            long errors = 0;
            for (ReportedFiles.FileEntry file : files) {
                tests += ruleIds.size() + unreadable(file).size();
                failures +=
                        ruleIds.stream().filter(id -> !of(file, id).isEmpty()).count();
                errors += unreadable(file).size();
            }
            tests += ofNoFile.stream().filter(Notification::error).count();
            errors += ofNoFile.stream().filter(Notification::error).count();
            x.writeAttribute("tests", Long.toString(tests));
            x.writeAttribute("failures", Long.toString(failures));
            x.writeAttribute("errors", Long.toString(errors));
            for (ReportedFiles.FileEntry file : files) {
                suite(x, file, ruleIds);
            }
            if (!ofNoFile.isEmpty()) {
                runSuite(x, ofNoFile);
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static void suite(XMLStreamWriter x, ReportedFiles.FileEntry file, Set<String> ruleIds)
            throws XMLStreamException {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        for (String id : ruleIds) {
            byRule.put(id, of(file, id));
        }
        List<Notification> unreadable = unreadable(file);
        long failing = byRule.values().stream().filter(l -> !l.isEmpty()).count();
        x.writeCharacters("\n  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", XmlText.of(file.file()));
        x.writeAttribute("tests", Integer.toString(ruleIds.size() + unreadable.size()));
        x.writeAttribute("failures", Long.toString(failing));
        x.writeAttribute("errors", Integer.toString(unreadable.size()));
        x.writeAttribute("skipped", "0");
        for (Map.Entry<String, List<Finding>> rule : byRule.entrySet()) {
            x.writeCharacters("\n    ");
            List<Finding> findings = rule.getValue();
            if (findings.isEmpty()) {
                x.writeEmptyElement("testcase");
                testCaseAttributes(x, file.file(), rule.getKey());
                continue;
            }
            x.writeStartElement("testcase");
            testCaseAttributes(x, file.file(), rule.getKey());
            x.writeCharacters("\n      ");
            x.writeStartElement("failure");
            Finding first = findings.get(0);
            String more = findings.size() == 1 ? "" : " (and " + (findings.size() - 1) + " more)";
            x.writeAttribute("message", XmlText.of(location(first) + ": " + first.message() + more));
            x.writeAttribute("type", rule.getKey());
            StringBuilder lines = new StringBuilder();
            for (Finding f : findings) {
                lines.append(location(f))
                        .append(": ")
                        .append(f.severity().label())
                        .append(": ")
                        .append(f.message())
                        .append('\n');
            }
            x.writeCharacters(XmlText.of(lines.toString()));
            x.writeEndElement();
            x.writeCharacters("\n    ");
            x.writeEndElement();
        }
        for (Notification n : unreadable) {
            errorCase(x, file.file(), n);
        }
        List<String> others = file.notifications().stream()
                .filter(n -> !n.error())
                .map(Notification::message)
                .toList();
        if (!others.isEmpty()) {
            x.writeCharacters("\n    ");
            x.writeStartElement("system-err");
            x.writeCharacters(XmlText.of(String.join("\n", others)));
            x.writeEndElement();
        }
        x.writeCharacters("\n  ");
        x.writeEndElement();
    }

    private static void runSuite(XMLStreamWriter x, List<Notification> notifications) throws XMLStreamException {
        List<Notification> errors =
                notifications.stream().filter(Notification::error).toList();
        x.writeCharacters("\n  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", RUN);
        x.writeAttribute("tests", Integer.toString(errors.size()));
        x.writeAttribute("failures", "0");
        x.writeAttribute("errors", Integer.toString(errors.size()));
        x.writeAttribute("skipped", "0");
        for (Notification n : errors) {
            errorCase(x, RUN, n);
        }
        List<String> others = notifications.stream()
                .filter(n -> !n.error())
                .map(Notification::message)
                .toList();
        if (!others.isEmpty()) {
            x.writeCharacters("\n    ");
            x.writeStartElement("system-err");
            x.writeCharacters(XmlText.of(String.join("\n", others)));
            x.writeEndElement();
        }
        x.writeCharacters("\n  ");
        x.writeEndElement();
    }

    private static void errorCase(XMLStreamWriter x, String className, Notification n) throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        testCaseAttributes(x, className, RUN);
        x.writeCharacters("\n      ");
        x.writeEmptyElement("error");
        x.writeAttribute("message", XmlText.of(n.message()));
        x.writeCharacters("\n    ");
        x.writeEndElement();
    }

    private static void testCaseAttributes(XMLStreamWriter x, String className, String name) throws XMLStreamException {
        x.writeAttribute("classname", XmlText.of(className));
        x.writeAttribute("name", XmlText.of(name));
        x.writeAttribute("time", "0");
    }

    private static List<Finding> of(ReportedFiles.FileEntry file, String ruleId) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : file.findings()) {
            if (f.ruleId().equals(ruleId)) {
                out.add(f);
            }
        }
        return out;
    }

    private static List<Notification> unreadable(ReportedFiles.FileEntry file) {
        return file.notifications().stream().filter(Notification::error).toList();
    }

    static String location(Finding f) {
        return f.file() + ":" + f.span().line() + ":" + f.span().column();
    }
}
