package dev.cadence.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A received e-mail taken apart as a mail client would: subject, HTML, plain text and attachments by file name. */
record ReadMail(String subject, String html, String text, Map<String, byte[]> attachments) {

    static ReadMail of(MimeMessage message) {
        try {
            ReadMail read = new ReadMail(message.getSubject(), null, null, new LinkedHashMap<>());
            return read.walk(message);
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the e-mail", e);
        }
    }

    private ReadMail walk(Part part) throws Exception {
        if (part.isMimeType("multipart/*")) {
            ReadMail read = this;
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                read = read.walk(child);
            }
            return read;
        }
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            try (InputStream in = part.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                in.transferTo(out);
                attachments.put(part.getFileName(), out.toByteArray());
            }
            return this;
        }
        if (part.isMimeType("text/html")) {
            return new ReadMail(subject, (String) part.getContent(), text, attachments);
        }
        if (part.isMimeType("text/plain")) {
            return new ReadMail(subject, html, (String) part.getContent(), attachments);
        }
        return this;
    }

    /** The only PDF attached. */
    byte[] pdf() {
        return attachments.entrySet().stream().filter(e -> e.getKey().endsWith(".pdf")).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("No PDF attached; attachments: " + attachments.keySet()));
    }

    /** The PDF's text, white space folded. */
    String pdfText() {
        try (PDDocument document = Loader.loadPDF(pdf())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
