/**
 * Structure rules (ArchUnit) every service's test suite checks through
 * {@link app.distribu.platform.test.structure.StructureContract}.
 */
package app.distribu.platform.test.structure;
