<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>Answers limited: please ask staff</source>
        <translation>Answers limited: please ask staff</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>■ Stop speaking</source>
        <translation>■ Stop speaking</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>Speak</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>For your privacy the screen will be cleared.</source>
        <translation>For your privacy the screen will be cleared.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>original ×1</source>
        <translation>original ×1</translation>
    </message>
    <message>
        <source>copies ×{0}</source>
        <translation>copies ×{0}</translation>
    </message>
    <message>
        <source>if applicable</source>
        <translation>if applicable</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>What it is</translation>
    </message>
    <message>
        <source>Who can apply</source>
        <translation>Who can apply</translation>
    </message>
    <message>
        <source>Materials to bring</source>
        <translation>Materials to bring</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Floor and zone</source>
        <translation>Floor and zone</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>Where and when</translation>
    </message>
    <message>
        <source>Information updated {0}</source>
        <translation>Information updated {0}</translation>
    </message>
    <message>
        <source>Privacy: nothing you say or type is stored. Everything on screen is erased when you leave or after a minute without use.</source>
        <translation>Privacy: nothing you say or type is stored. Everything on screen is erased when you leave or after a minute without use.</translation>
    </message>
    <message>
        <source>Listening… please speak now</source>
        <translation>Listening… please speak now</translation>
    </message>
    <message>
        <source>Looking it up…</source>
        <translation>Looking it up…</translation>
    </message>
    <message>
        <source>Speaking… tap the microphone to interrupt</source>
        <translation>Speaking… tap the microphone to interrupt</translation>
    </message>
    <message>
        <source>Sorry, that did not work. Please try again or type your question.</source>
        <translation>Sorry, that did not work. Please try again or type your question.</translation>
    </message>
    <message>
        <source>Tap the microphone and say what you need, e.g. &quot;I lost my ID card&quot;</source>
        <translation>Tap the microphone and say what you need, e.g. &quot;I lost my ID card&quot;</translation>
    </message>
    <message>
        <source>Hello! What would you like to do today?</source>
        <translation>Hello! What would you like to do today?</translation>
    </message>
    <message>
        <source>Type your question, e.g. &quot;replace my ID card&quot;</source>
        <translation>Type your question, e.g. &quot;replace my ID card&quot;</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Ask</translation>
    </message>
    <message>
        <source>Privacy: nothing you say or type is stored; the screen is cleared after you leave.</source>
        <translation>Privacy: nothing you say or type is stored; the screen is cleared after you leave.</translation>
    </message>
    <message>
        <source>Hall facilities</source>
        <translation>Hall facilities</translation>
    </message>
    <message>
        <source>I can only help with services and places in this hall</source>
        <translation>I can only help with services and places in this hall</translation>
    </message>
    <message>
        <source>I am not sure what you need</source>
        <translation>I am not sure what you need</translation>
    </message>
    <message>
        <source>A member of staff can help you. Tap the button and someone will come to you.</source>
        <translation>A member of staff can help you. Tap the button and someone will come to you.</translation>
    </message>
    <message>
        <source>Or did you mean one of these?</source>
        <translation>Or did you mean one of these?</translation>
    </message>
    <message>
        <source>You can also ask again in other words, or use the tiles on the home screen.</source>
        <translation>You can also ask again in other words, or use the tiles on the home screen.</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Show on map</translation>
    </message>
    <message>
        <source>Take a number</source>
        <translation>Take a number</translation>
    </message>
    <message>
        <source>Print guide</source>
        <translation>Print guide</translation>
    </message>
    <message>
        <source>You asked: {0}</source>
        <translation>You asked: {0}</translation>
    </message>
    <message>
        <source>★ Most likely</source>
        <translation>★ Most likely</translation>
    </message>
    <message>
        <source>Did you mean:</source>
        <translation>Did you mean:</translation>
    </message>
    <message>
        <source>None of these — ask staff</source>
        <translation>None of these — ask staff</translation>
    </message>
    <message>
        <source>Window {0}</source>
        <translation>Window {0}</translation>
    </message>
    <message>
        <source>Go to {0}: {1} {2}</source>
        <translation>Go to {0}: {1} {2}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Also possible:</source>
        <translation>Also possible:</translation>
    </message>
    <message>
        <source>Choose a window:</source>
        <translation>Choose a window:</translation>
    </message>
    <message>
        <source>Step-free route (lifts only)</source>
        <translation>Step-free route (lifts only)</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>You are here</translation>
    </message>
    <message>
        <source>lift or stairs</source>
        <translation>lift or stairs</translation>
    </message>
    <message>
        <source>① Take the {0} to {1}</source>
        <translation>① Take the {0} to {1}</translation>
    </message>
    <message>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <source>② On {0}, leave the {1} and go to {2}</source>
        <translation>② On {0}, leave the {1} and go to {2}</translation>
    </message>
    <message>
        <source>Follow the line from &quot;You are here&quot; to {0}</source>
        <translation>Follow the line from &quot;You are here&quot; to {0}</translation>
    </message>
    <message>
        <source>Assistant offline</source>
        <translation>Assistant offline</translation>
    </message>
</context>
<context>
    <name>LlmAnswer</name>
    <message>
        <source>Assistant&apos;s explanation</source>
        <translation>Assistant&apos;s explanation</translation>
    </message>
    <message>
        <source>Looking this up…</source>
        <translation>Looking this up…</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Thinking…</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>The assistant is unavailable right now; here is the official guide&apos;s answer.</source>
        <translation>The assistant is unavailable right now; here is the official guide&apos;s answer.</translation>
    </message>
    <message>
        <source>Here is the official guide&apos;s answer.</source>
        <translation>Here is the official guide&apos;s answer.</translation>
    </message>
    <message>
        <source>Written by the assistant from the official guide; staff at the window have the final word.</source>
        <translation>Written by the assistant from the official guide; staff at the window have the final word.</translation>
    </message>
    <message>
        <source>(long answer, shortened)</source>
        <translation>(long answer, shortened)</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>Take a number</source>
        <translation>Take a number</translation>
    </message>
    <message>
        <source>Window {w}  {where}</source>
        <translation>Window {w}  {where}</translation>
    </message>
    <message>
        <source>{n} people ahead, about {m} min wait</source>
        <translation>{n} people ahead, about {m} min wait</translation>
    </message>
    <message>
        <source>Nobody is waiting; go to the window after taking your number</source>
        <translation>Nobody is waiting; go to the window after taking your number</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Priority lane</source>
        <translation>Priority lane</translation>
    </message>
    <message>
        <source>Priority lane: elderly, disabled and pregnant visitors</source>
        <translation>Priority lane: elderly, disabled and pregnant visitors</translation>
    </message>
    <message>
        <source>Take number</source>
        <translation>Take number</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Printed — please take your ticket</source>
        <translation>Printed — please take your ticket</translation>
    </message>
    <message>
        <source>Sent to the printer — please take your ticket; if none comes out, note your number</source>
        <translation>Sent to the printer — please take your ticket; if none comes out, note your number</translation>
    </message>
    <message>
        <source>This is a test printer and prints no paper: please note your number</source>
        <translation>This is a test printer and prints no paper: please note your number</translation>
    </message>
    <message>
        <source>The printer is not working right now: please note your number or scan the code. Your number is still valid</source>
        <translation>The printer is not working right now: please note your number or scan the code. Your number is still valid</translation>
    </message>
    <message>
        <source>This kiosk has no printer: please note your number. It is still valid</source>
        <translation>This kiosk has no printer: please note your number. It is still valid</translation>
    </message>
    <message>
        <source>Print service guide</source>
        <translation>Print service guide</translation>
    </message>
    <message>
        <source>Printing the service guide…</source>
        <translation>Printing the service guide…</translation>
    </message>
    <message>
        <source>Service guide printed — please take it</source>
        <translation>Service guide printed — please take it</translation>
    </message>
    <message>
        <source>The guide was sent to the printer; if nothing comes out, scan the QR code</source>
        <translation>The guide was sent to the printer; if nothing comes out, scan the QR code</translation>
    </message>
    <message>
        <source>This is a test printer and prints no paper: scan the QR code for the guide</source>
        <translation>This is a test printer and prints no paper: scan the QR code for the guide</translation>
    </message>
    <message>
        <source>The printer is not working right now: scan the QR code for the guide</source>
        <translation>The printer is not working right now: scan the QR code for the guide</translation>
    </message>
    <message>
        <source>This kiosk has no printer: scan the QR code for the guide</source>
        <translation>This kiosk has no printer: scan the QR code for the guide</translation>
    </message>
    <message>
        <source>Scan for the service guide</source>
        <translation>Scan for the service guide</translation>
    </message>
    <message>
        <source>Printer not working</source>
        <translation>Printer not working</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>No printer</translation>
    </message>
    <message>
        <source>Test printer (no paper)</source>
        <translation>Test printer (no paper)</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Scan for the service guide and queue status</source>
        <translation>Scan for the service guide and queue status</translation>
    </message>
    <message>
        <source>A number cannot be issued right now — please ask staff</source>
        <translation>A number cannot be issued right now — please ask staff</translation>
    </message>
    <message>
        <source>The printer is not working now: you can still take a number; it stays on screen — please note it</source>
        <translation>The printer is not working now: you can still take a number; it stays on screen — please note it</translation>
    </message>
    <message>
        <source>This kiosk has no printer: you can still take a number; it stays on screen — please note it</source>
        <translation>This kiosk has no printer: you can still take a number; it stays on screen — please note it</translation>
    </message>
    <message>
        <source>This kiosk has a test printer that prints no paper: please note your number</source>
        <translation>This kiosk has a test printer that prints no paper: please note your number</translation>
    </message>
</context>
</TS>
