package org.shouhu.care;

/** A visit's findings in the five areas (API.md "Visits and risk"); each is required. */
public record Findings(Finding safety, Finding health, Finding schooling, Finding psychology, Finding guardianship) {
}
