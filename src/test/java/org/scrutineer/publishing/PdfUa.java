package org.scrutineer.publishing;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/** veraPDF's PDF/UA-1 verdict on a PDF, for any test that publishes one. */
public final class PdfUa {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUa() {
    }

    /** Each PDF/UA-1 rule the PDF breaks, once, as "clause test: description"; empty when it complies. */
    public static List<String> failedRules(byte[] pdf) {
        VeraPDFFoundry foundry = Foundries.defaultInstance();
        try (PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = foundry.createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            Map<RuleId, String> failed = new LinkedHashMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.putIfAbsent(assertion.getRuleId(), assertion.getRuleId().getClause() + " " + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage().strip().replaceAll("\\s+", " "));
                }
            }
            if (failed.isEmpty() && !result.isCompliant()) {
                return List.of("the document: veraPDF found it not compliant without naming a rule (" + result.getJobEndStatus() + ")");
            }
            return List.copyOf(failed.values());
        } catch (Exception e) {
            return List.of("the document: veraPDF could not read it (" + e + ")");
        }
    }
}
