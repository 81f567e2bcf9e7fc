/**
 * ID-card reader adapter for the German eID function (Online-Ausweisfunktion) through the local
 * AusweisApp SDK WebSocket ({@code ws://localhost:24727/eID-Kernel}): the AusweisApp talks to the
 * card (PACE with the PIN, terminal and chip authentication) and to the town's eID service, which
 * then holds the data. Works only online and only where the town runs an eID service.
 */
package de.buergerkoffer.hardware.idcard.ausweisapp;
