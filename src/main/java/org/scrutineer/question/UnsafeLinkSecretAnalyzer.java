package org.scrutineer.question;

import org.scrutineer.question.LinkSecretCheck.UnsafeLinkSecret;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Shows the refusal of {@link LinkSecretCheck} as a plain description and action, without a stack trace. */
class UnsafeLinkSecretAnalyzer extends AbstractFailureAnalyzer<UnsafeLinkSecret> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeLinkSecret cause) {
        return new FailureAnalysis(cause.problem + ".", LinkSecretCheck.ACTION + ".", cause);
    }
}
