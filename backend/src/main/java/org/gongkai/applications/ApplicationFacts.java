package org.gongkai.applications;

import java.util.List;

/** Reads the facts {@link ApplicationRules} needs from a stored application and its events. */
final class ApplicationFacts {

    private ApplicationFacts() {
    }

    static ApplicationRules.Facts of(DisclosureApplication app, List<ApplicationEvent> events) {
        boolean clarification = false;
        java.time.LocalDate replyBy = null;
        boolean extended = false;
        for (ApplicationEvent e : events) {
            if (e.type == ApplicationEventType.CLARIFICATION_REQUESTED) {
                clarification = true;
                replyBy = e.untilDate;
            } else if (e.type == ApplicationEventType.EXTENDED) {
                extended = true;
            }
        }
        return new ApplicationRules.Facts(app.status, app.regime, app.receivedOn, clarification, replyBy, extended,
                app.feeNoticeOn != null, app.feePayBy,
                app.clockState == DisclosureApplication.ClockState.RUNNING ? app.dueDate : null);
    }
}
