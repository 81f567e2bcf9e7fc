package de.buergerkoffer.hub.workflow;

import de.buergerkoffer.hub.audit.AuditLog;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java workflow to its store, the audit log and the status-board publisher. */
@Configuration
class WorkflowConfig {

  @Bean
  CaseWorkflow caseWorkflow(
      CaseStates states,
      AuditLog audit,
      Clock clock,
      StatusBoardPublisher boards,
      ObjectProvider<CaseStatusListener> listeners) {
    return new CaseWorkflow(
        states, audit, clock, boards::publish, () -> listeners.orderedStream().toList());
  }
}
