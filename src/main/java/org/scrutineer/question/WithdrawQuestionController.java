package org.scrutineer.question;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.scrutineer.web.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The asker withdraws their question through the signed link in the acknowledgement email. */
@Controller
class WithdrawQuestionController {

    static final String MESSAGE = "questionWithdrawn";

    private final PublicQuestionRepository questions;
    private final QuestionLinks links;
    private final RuntimeService runtimeService;

    WithdrawQuestionController(PublicQuestionRepository questions, QuestionLinks links, RuntimeService runtimeService) {
        this.questions = questions;
        this.links = links;
        this.runtimeService = runtimeService;
    }

    @GetMapping("/questions/{reference}/withdraw")
    String confirm(@PathVariable String reference, @RequestParam(required = false) String token, Model model) {
        PublicQuestion question = checked(reference, token);
        model.addAttribute("question", question);
        model.addAttribute("token", token);
        return "question/withdraw";
    }

    @PostMapping("/questions/{reference}/withdraw")
    @Transactional
    String withdraw(@PathVariable String reference, @RequestParam(required = false) String token, Model model) {
        PublicQuestion question = checked(reference, token);
        model.addAttribute("question", question);
        if (question.getStatus() == QuestionStatus.SUBMITTED || question.getStatus() == QuestionStatus.ACCEPTED) {
            try {
                runtimeService.createMessageCorrelation(MESSAGE).processInstanceBusinessKey(reference).correlate();
                model.addAttribute("withdrawn", true);
            } catch (MismatchingMessageCorrelationException e) {
                model.addAttribute("withdrawn", false);
            }
        } else {
            model.addAttribute("withdrawn", question.getStatus() == QuestionStatus.WITHDRAWN);
        }
        return "question/withdrawn";
    }

    private PublicQuestion checked(String reference, String token) {
        return questions.findByReference(reference).filter(question -> links.isValid(reference, token))
                .orElseThrow(() -> new NotFound("There is no question with the reference " + reference));
    }
}
