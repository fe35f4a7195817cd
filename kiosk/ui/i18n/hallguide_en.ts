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
        <source>Voice input is not available</source>
        <translation>Voice input is not available</translation>
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
        <source>Privacy: no recordings are kept; questions are kept without personal details, for hall staff only; the screen is cleared after you leave.</source>
        <translation>Privacy: no recordings are kept; questions are kept without personal details, for hall staff only; the screen is cleared after you leave.</translation>
    </message>
    <message>
        <source>Hall facilities</source>
        <translation>Hall facilities</translation>
    </message>
    <message>
        <source>That is as long as a question can be (%1 characters): please ask one thing at a time.</source>
        <translation>That is as long as a question can be (%1 characters): please ask one thing at a time.</translation>
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
        <source>Ask a follow-up question, e.g. &quot;what do I need to bring?&quot;</source>
        <translation>Ask a follow-up question, e.g. &quot;what do I need to bring?&quot;</translation>
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
        <source>Are you looking for:</source>
        <translation>Are you looking for:</translation>
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
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>You are here</translation>
    </message>
    <message>
        <source>Show {0} large</source>
        <translation>Show {0} large</translation>
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
        <source>Head for {0}; the dotted line only shows the direction</source>
        <translation>Head for {0}; the dotted line only shows the direction</translation>
    </message>
    <message>
        <source>Follow the line from &quot;You are here&quot; to {0}</source>
        <translation>Follow the line from &quot;You are here&quot; to {0}</translation>
    </message>
    <message>
        <source>Assistant offline</source>
        <translation>Assistant offline</translation>
    </message>
    <message>
        <source>Privacy: no recordings are kept. Your questions are kept with personal details (names, ID and phone numbers) removed, only for the hall staff&apos;s statistics and calls for help. Everything on screen is erased when you leave or after %1 without use.</source>
        <translation>Privacy: no recordings are kept. Your questions are kept with personal details (names, ID and phone numbers) removed, only for the hall staff&apos;s statistics and calls for help. Everything on screen is erased when you leave or after %1 without use.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>a minute</source>
        <translation>a minute</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} seconds</translation>
    </message>
</context>
<context>
    <name>BilingualScreensHome</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>BilingualSpeech_wiring</name>
    <message>
        <source>Speech</source>
        <translation>Speech</translation>
    </message>
    <message>
        <source>Voice input is starting…</source>
        <translation>Voice input is starting…</translation>
    </message>
</context>
<context>
    <name>BilingualTickets_wiring</name>
    <message>
        <source>Tickets paused:</source>
        <translation>Tickets paused:</translation>
    </message>
    <message>
        <source>Issuing a number failed:</source>
        <translation>Issuing a number failed:</translation>
    </message>
    <message>
        <source>Ticket not issued:</source>
        <translation>Ticket not issued:</translation>
    </message>
    <message>
        <source>Hall alerts</source>
        <translation>Hall alerts</translation>
    </message>
    <message>
        <source>Test slip printed</source>
        <translation>Test slip printed</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
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
        <source>The assistant is unavailable right now; please go by the official guide above.</source>
        <translation>The assistant is unavailable right now; please go by the official guide above.</translation>
    </message>
    <message>
        <source>The assistant&apos;s explanation did not pass the check against the official guide; please go by the guide above.</source>
        <translation>The assistant&apos;s explanation did not pass the check against the official guide; please go by the guide above.</translation>
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
    <name>StaffAdminCatalog</name>
    <message>
        <source>{services} services · {departments} departments · {windows} windows · {floors} floors · {places} places</source>
        <translation>{services} services · {departments} departments · {windows} windows · {floors} floors · {places} places</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>New catalog file</source>
        <translation>New catalog file</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Files on USB sticks</source>
        <translation>Files on USB sticks</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>Rescan</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Choose a file and check it</source>
        <translation>Choose a file and check it</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Roll back</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>(built in)</source>
        <translation>(built in)</translation>
    </message>
    <message>
        <source>Notes (the catalog can be used):</source>
        <translation>Notes (the catalog can be used):</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>In use:</translation>
    </message>
    <message>
        <source>Roll back: no earlier catalog kept</source>
        <translation>Roll back: no earlier catalog kept</translation>
    </message>
    <message>
        <source>Roll back restores:</source>
        <translation>Roll back restores:</translation>
    </message>
    <message>
        <source>(no .json or .zip files on USB sticks)</source>
        <translation>(no .json or .zip files on USB sticks)</translation>
    </message>
    <message>
        <source>Enter a file path</source>
        <translation>Enter a file path</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Cannot check:</source>
        <translation>Cannot check:</translation>
    </message>
    <message>
        <source>Refused: {count} problem(s); the catalog in use stays</source>
        <translation>Refused: {count} problem(s); the catalog in use stays</translation>
    </message>
    <message>
        <source>Valid — ready to apply</source>
        <translation>Valid — ready to apply</translation>
    </message>
    <message>
        <source>Compared with the one in use ({version}): {diff} services</source>
        <translation>Compared with the one in use ({version}): {diff} services</translation>
    </message>
    <message>
        <source>The file changed and was refused</source>
        <translation>The file changed and was refused</translation>
    </message>
    <message>
        <source>Applied:</source>
        <translation>Applied:</translation>
    </message>
    <message>
        <source>Applied: the new catalog is in use, also after a restart</source>
        <translation>Applied: the new catalog is in use, also after a restart</translation>
    </message>
    <message>
        <source>Applied: the new catalog is in use until the kiosk restarts</source>
        <translation>Applied: the new catalog is in use until the kiosk restarts</translation>
    </message>
    <message>
        <source>Rolled back to</source>
        <translation>Rolled back to</translation>
    </message>
    <message>
        <source>Rolled back: the previous catalog is in use</source>
        <translation>Rolled back: the previous catalog is in use</translation>
    </message>
    <message>
        <source>Enter a folder or a .zip file to export to</source>
        <translation>Enter a folder or a .zip file to export to</translation>
    </message>
    <message>
        <source>Export failed:</source>
        <translation>Export failed:</translation>
    </message>
    <message>
        <source>Exported the catalog and {plans} floor plan(s) to</source>
        <translation>Exported the catalog and {plans} floor plan(s) to</translation>
    </message>
</context>
<context>
    <name>StaffAdminCharts</name>
    <message>
        <source>No data yet</source>
        <translation>No data yet</translation>
    </message>
</context>
<context>
    <name>StaffAdminCitizen</name>
    <message>
        <source>Long wait</source>
        <translation>Long wait</translation>
    </message>
    <message>
        <source>Could not find my service</source>
        <translation>Could not find my service</translation>
    </message>
    <message>
        <source>Answer unclear</source>
        <translation>Answer unclear</translation>
    </message>
    <message>
        <source>Voice did not understand</source>
        <translation>Voice did not understand</translation>
    </message>
    <message>
        <source>Hard to use</source>
        <translation>Hard to use</translation>
    </message>
    <message>
        <source>Printing problem</source>
        <translation>Printing problem</translation>
    </message>
    <message>
        <source>Staff are on the way</source>
        <translation>Staff are on the way</translation>
    </message>
    <message>
        <source>Please wait here; a member of staff will come to this kiosk.</source>
        <translation>Please wait here; a member of staff will come to this kiosk.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>How was your visit?</source>
        <translation>How was your visit?</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Reason (optional)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <source>Staff will follow up on what you told us.</source>
        <translation>Staff will follow up on what you told us.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>StaffAdminConfirm</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>StaffAdminController</name>
    <message>
        <source>Too many wrong PINs — try again in {minutes} min</source>
        <translation>Too many wrong PINs — try again in {minutes} min</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Wrong PIN — {left} attempt(s) left</source>
        <translation>Wrong PIN — {left} attempt(s) left</translation>
    </message>
</context>
<context>
    <name>StaffAdminInsights</name>
    <message>
        <source>Insights, last {days} days</source>
        <translation>Insights, last {days} days</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>By catalog</source>
        <translation>By catalog</translation>
    </message>
    <message>
        <source>By LLM</source>
        <translation>By LLM</translation>
    </message>
    <message>
        <source>Handed to staff</source>
        <translation>Handed to staff</translation>
    </message>
    <message>
        <source>Staff calls</source>
        <translation>Staff calls</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>Top services</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Unanswered questions (masked)</source>
        <translation>Unanswered questions (masked)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Could not read the figures:</source>
        <translation>Could not read the figures:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>No open follow-ups</source>
        <translation>No open follow-ups</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>{n} more</source>
        <translation>{n} more</translation>
    </message>
    <message>
        <source>A service no longer in the catalog</source>
        <translation>A service no longer in the catalog</translation>
    </message>
</context>
<context>
    <name>StaffAdminPanel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Insights</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Staff mode</source>
        <translation>Staff mode</translation>
    </message>
    <message>
        <source>Signs out after 2 min idle</source>
        <translation>Signs out after 2 min idle</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Signs out after {minutes} min idle</source>
        <translation>Signs out after {minutes} min idle</translation>
    </message>
</context>
<context>
    <name>StaffAdminPinpad</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Staff sign-in</translation>
    </message>
    <message>
        <source>Enter the staff PIN</source>
        <translation>Enter the staff PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No staff PIN set</source>
        <translation>No staff PIN set</translation>
    </message>
    <message>
        <source>Admin mode needs a PIN, set from a terminal on this machine (there is no default PIN):</source>
        <translation>Admin mode needs a PIN, set from a terminal on this machine (there is no default PIN):</translation>
    </message>
    <message>
        <source>The PIN is stored as a salted hash in:</source>
        <translation>The PIN is stored as a salted hash in:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>StaffAdminPrinter_checks</name>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Test print</translation>
    </message>
</context>
<context>
    <name>StaffAdminQueue</name>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Call next</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Recalled</translation>
    </message>
    <message>
        <source>Reset the day</source>
        <translation>Reset the day</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Ticketing is not available</source>
        <translation>Ticketing is not available</translation>
    </message>
    <message>
        <source>{n} waiting today</source>
        <translation>{n} waiting today</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Failed:</translation>
    </message>
    <message>
        <source>Nobody is waiting for this window</source>
        <translation>Nobody is waiting for this window</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>Cancel all of today&apos;s open numbers ({count} waiting)? Numbers are never reused.</source>
        <translation>Cancel all of today&apos;s open numbers ({count} waiting)? Numbers are never reused.</translation>
    </message>
    <message>
        <source>Reset: {n} cancelled</source>
        <translation>Reset: {n} cancelled</translation>
    </message>
</context>
<context>
    <name>StaffAdminSettings</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>(empty = offline)</source>
        <translation>(empty = offline)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>wpm</source>
        <translation>wpm</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>LLM URL</source>
        <translation>LLM URL</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Idle timeout</source>
        <translation>Idle timeout</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Speech rate</source>
        <translation>Speech rate</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Default language</translation>
    </message>
    <message>
        <source>Elderly mode</source>
        <translation>Elderly mode</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Settings file:</translation>
    </message>
    <message>
        <source>Saved to:</source>
        <translation>Saved to:</translation>
    </message>
    <message>
        <source>Saved ({n}); after a restart: {keys}</source>
        <translation>Saved ({n}); after a restart: {keys}</translation>
    </message>
    <message>
        <source>Saved ({n}): in effect now</source>
        <translation>Saved ({n}): in effect now</translation>
    </message>
    <message>
        <source>(after a restart)</source>
        <translation>(after a restart)</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nothing changed</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Not saved:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
</context>
<context>
    <name>StaffAdminSpeech_checks</name>
    <message>
        <source>Speech</source>
        <translation>Speech</translation>
    </message>
    <message>
        <source>disabled in settings (speech.enabled = false)</source>
        <translation>disabled in settings (speech.enabled = false)</translation>
    </message>
    <message>
        <source>no vosk model configured (speech.model_zh)</source>
        <translation>no vosk model configured (speech.model_zh)</translation>
    </message>
    <message>
        <source>model folder missing: {folders}</source>
        <translation>model folder missing: {folders}</translation>
    </message>
    <message>
        <source>model {model} · voice {zh}/{en}, {rate} wpm (muted)</source>
        <translation>model {model} · voice {zh}/{en}, {rate} wpm (muted)</translation>
    </message>
    <message>
        <source>model {model} · voice {zh}/{en}, {rate} wpm</source>
        <translation>model {model} · voice {zh}/{en}, {rate} wpm</translation>
    </message>
</context>
<context>
    <name>StaffAdminStatus</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Mic level</source>
        <translation>Mic level</translation>
    </message>
    <message>
        <source>Calls for staff</source>
        <translation>Calls for staff</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Check failed:</source>
        <translation>Check failed:</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Checked at</translation>
    </message>
    <message>
        <source>No open calls</source>
        <translation>No open calls</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Handled</translation>
    </message>
</context>
<context>
    <name>StaffAdminStatus_state</name>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Not configured</translation>
    </message>
    <message>
        <source>turned off in settings (speech.enabled = false)</source>
        <translation>turned off in settings (speech.enabled = false)</translation>
    </message>
    <message>
        <source>no speech model configured (speech.model_zh)</source>
        <translation>no speech model configured (speech.model_zh)</translation>
    </message>
    <message>
        <source>no printer configured: numbers are shown on screen</source>
        <translation>no printer configured: numbers are shown on screen</translation>
    </message>
</context>
<context>
    <name>StaffAdminSystem</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>Printer:</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Test print</translation>
    </message>
    <message>
        <source>Exit or restart</source>
        <translation>Exit or restart</translation>
    </message>
    <message>
        <source>Restart kiosk</source>
        <translation>Restart kiosk</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Exit kiosk</translation>
    </message>
    <message>
        <source>Restart: the service starts the kiosk again within seconds.</source>
        <translation>Restart: the service starts the kiosk again within seconds.</translation>
    </message>
    <message>
        <source>Exit: the kiosk stays closed until the next boot or a manual start.</source>
        <translation>Exit: the kiosk stays closed until the next boot or a manual start.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Restart the kiosk now?</source>
        <translation>Restart the kiosk now?</translation>
    </message>
    <message>
        <source>Exit the kiosk now?</source>
        <translation>Exit the kiosk now?</translation>
    </message>
    <message>
        <source>Printing is not available</source>
        <translation>Printing is not available</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Failed:</translation>
    </message>
    <message>
        <source>Printed:</source>
        <translation>Printed:</translation>
    </message>
</context>
<context>
    <name>StaffCounter</name>
    <message>
        <source>Window {window} counter</source>
        <translation>Window {window} counter</translation>
    </message>
    <message>
        <source>Window {window}: staff PIN</source>
        <translation>Window {window}: staff PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>kiosk admin set-pin No PIN set yet: run kiosk admin set-pin</source>
        <translation>kiosk admin set-pin No PIN set yet: run kiosk admin set-pin</translation>
    </message>
    <message>
        <source>Too many wrong PINs</source>
        <translation>Too many wrong PINs</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Wrong PIN</translation>
    </message>
    <message>
        <source>Window {window}: now serving</source>
        <translation>Window {window}: now serving</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Call next</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Call a number first</source>
        <translation>Call a number first</translation>
    </message>
    <message>
        <source>No one is waiting</source>
        <translation>No one is waiting</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>Waiting:</translation>
    </message>
</context>
<context>
    <name>StaffDisplay</name>
    <message>
        <source>Window {window}</source>
        <translation>Window {window}</translation>
    </message>
    <message>
        <source>HallGuide calling screen</source>
        <translation>HallGuide calling screen</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <source>Please wait for your number</source>
        <translation>Please wait for your number</translation>
    </message>
    <message>
        <source>Recently called</source>
        <translation>Recently called</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>The queue system is unreachable; retrying</source>
        <translation>The queue system is unreachable; retrying</translation>
    </message>
    <message>
        <source>No one is waiting</source>
        <translation>No one is waiting</translation>
    </message>
</context>
<context>
    <name>StaffDisplayFeed</name>
    <message>
        <source>Operation failed:</source>
        <translation>Operation failed:</translation>
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
        <source>1 person ahead, about {m} min wait</source>
        <translation>1 person ahead, about {m} min wait</translation>
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
        <source>Print the number slip again</source>
        <translation>Print the number slip again</translation>
    </message>
    <message>
        <source>Print the service guide again</source>
        <translation>Print the service guide again</translation>
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
