package dev.podlint.report;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Notification;
import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Checkstyle XML, as Jenkins' warnings-ng and reviewdog read it: a {@code file} element for every
 * linted file, holding an {@code error} per unsuppressed finding (line, column, severity error,
 * warning or info, the message, and the rule id as {@code source}). The run's problems with a file
 * are errors of that file at line 1 with source {@code podlint}.
 */
public final class CheckstyleReporter implements Reporter {

    /** The Checkstyle report version that consumers expect in the root element. */
    static final String VERSION = "4.3";

    @Override
    public void write(Report report, Writer out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("checkstyle");
            x.writeAttribute("version", VERSION);
            for (ReportedFiles.FileEntry file : ReportedFiles.of(report)) {
                x.writeCharacters("\n  ");
                if (file.findings().isEmpty() && file.notifications().isEmpty()) {
                    x.writeEmptyElement("file");
                    x.writeAttribute("name", XmlText.of(file.file()));
                    continue;
                }
                x.writeStartElement("file");
                x.writeAttribute("name", XmlText.of(file.file()));
                for (Notification n : file.notifications()) {
                    error(x, 1, 1, n.error() ? "error" : "warning", n.message(), "podlint");
                }
                for (Finding f : file.findings()) {
                    error(x, f.span().line(), f.span().column(), f.severity().label(), f.message(), f.ruleId());
                }
                x.writeCharacters("\n  ");
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the Checkstyle report: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static void error(XMLStreamWriter x, int line, int column, String severity, String message, String source)
            throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeEmptyElement("error");
        x.writeAttribute("line", Integer.toString(line));
        x.writeAttribute("column", Integer.toString(column));
        x.writeAttribute("severity", severity);
        x.writeAttribute("message", XmlText.of(message));
        x.writeAttribute("source", XmlText.of(source));
    }
}
