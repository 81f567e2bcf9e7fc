/**
 * Real scanner adapter: SANE through its command-line front end {@code scanimage} (Debian package
 * {@code sane-utils}), so every scanner Linux supports works, USB or network (SANE's {@code
 * escl}/{@code airscan} backends). Tested against SANE's {@code test} backend.
 */
package de.buergerkoffer.hardware.scanner.sane;
