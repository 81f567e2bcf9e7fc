package de.buergerkoffer.hub.workflow;

/** Told after a case's state changed and was stored (Spring beans of this type are collected). */
public interface CaseStatusListener {

  void statusChanged(CaseStates.Current now);
}
