/**
 * The Jakarta Batch side of casereviews: one package per job (reader, processor, writer, listeners,
 * its scheduler) and the job history every job shares. Calls the services of the ejb module;
 * nothing calls into it but the web module's job screens.
 */
package org.casereviews.batch;
