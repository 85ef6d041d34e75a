/**
 * The screens: JSF (PrimeFaces) backing beans, one package per folder of pages ({@code
 * admin/users/edit.xhtml} is backed by {@code web.admin.users.EditUserBacking}). Backing beans hold
 * no business rules: they call the services of the ejb module and show their answers.
 */
package org.casereviews.web;
