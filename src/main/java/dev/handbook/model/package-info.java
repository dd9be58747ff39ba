/**
 * The typed operating model: charter, workflows and pages as immutable records with their source
 * positions.
 */
package dev.handbook.model;
