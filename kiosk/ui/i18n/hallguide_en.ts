<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../main_window.py" line="226"/>
        <source>Answers limited: please ask staff</source>
        <translation>Answers limited: please ask staff</translation>
    </message>
    <message>
        <location filename="../chrome.py" line="70"/>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <location filename="../chrome.py" line="72"/>
        <location filename="../screens/answer.py" line="142"/>
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
    <message>
        <location filename="../chrome.py" line="150"/>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location filename="../chrome.py" line="151"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../chrome.py" line="152"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../chrome.py" line="153"/>
        <source>■ Stop speaking</source>
        <translation>■ Stop speaking</translation>
    </message>
    <message>
        <location filename="../chrome.py" line="146"/>
        <location filename="../chrome.py" line="154"/>
        <location filename="../screens/home.py" line="160"/>
        <source>Speak</source>
        <translation>Speak</translation>
    </message>
    <message>
        <location filename="../overlay.py" line="74"/>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <location filename="../overlay.py" line="79"/>
        <source>For your privacy the screen will be cleared.</source>
        <translation>For your privacy the screen will be cleared.</translation>
    </message>
    <message>
        <location filename="../overlay.py" line="82"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../overlay.py" line="93"/>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="16"/>
        <source>original ×1</source>
        <translation>original ×1</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="18"/>
        <source>copies ×{0}</source>
        <translation>copies ×{0}</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="20"/>
        <source>if applicable</source>
        <translation>if applicable</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="34"/>
        <location filename="../service_card.py" line="39"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../service_card.py" line="65"/>
        <source>What it is</source>
        <translation>What it is</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="72"/>
        <source>Who can apply</source>
        <translation>Who can apply</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="76"/>
        <source>Materials to bring</source>
        <translation>Materials to bring</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="95"/>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="96"/>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="97"/>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="98"/>
        <source>Floor and zone</source>
        <translation>Floor and zone</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="99"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="100"/>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="101"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="102"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="104"/>
        <source>Where and when</source>
        <translation>Where and when</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="116"/>
        <source>Information updated {0}</source>
        <translation>Information updated {0}</translation>
    </message>
    <message>
        <location filename="../screens/attract.py" line="54"/>
        <source>Privacy: nothing you say or type is stored. Everything on screen is erased when you leave or after %1 without use.</source>
        <translation>Privacy: nothing you say or type is stored. Everything on screen is erased when you leave or after %1 without use.</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="144"/>
        <source>Listening… please speak now</source>
        <translation>Listening… please speak now</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="146"/>
        <source>Looking it up…</source>
        <translation>Looking it up…</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="148"/>
        <source>Speaking… tap the microphone to interrupt</source>
        <translation>Speaking… tap the microphone to interrupt</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="150"/>
        <source>Sorry, that did not work. Please try again or type your question.</source>
        <translation>Sorry, that did not work. Please try again or type your question.</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="152"/>
        <source>Tap the microphone and say what you need, e.g. &quot;I lost my ID card&quot;</source>
        <translation>Tap the microphone and say what you need, e.g. &quot;I lost my ID card&quot;</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="157"/>
        <source>Hello! What would you like to do today?</source>
        <translation>Hello! What would you like to do today?</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="158"/>
        <source>Type your question, e.g. &quot;replace my ID card&quot;</source>
        <translation>Type your question, e.g. &quot;replace my ID card&quot;</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="159"/>
        <source>Ask</source>
        <translation>Ask</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="161"/>
        <source>Privacy: nothing you say or type is stored; the screen is cleared after you leave.</source>
        <translation>Privacy: nothing you say or type is stored; the screen is cleared after you leave.</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="243"/>
        <source>Hall facilities</source>
        <translation>Hall facilities</translation>
    </message>
    <message>
        <location filename="../screens/answer.py" line="136"/>
        <source>I can only help with services and places in this hall</source>
        <translation>I can only help with services and places in this hall</translation>
    </message>
    <message>
        <location filename="../screens/answer.py" line="138"/>
        <source>I am not sure what you need</source>
        <translation>I am not sure what you need</translation>
    </message>
    <message>
        <location filename="../screens/answer.py" line="140"/>
        <source>A member of staff can help you. Tap the button and someone will come to you.</source>
        <translation>A member of staff can help you. Tap the button and someone will come to you.</translation>
    </message>
    <message>
        <location filename="../screens/answer.py" line="148"/>
        <source>Or did you mean one of these?</source>
        <translation>Or did you mean one of these?</translation>
    </message>
    <message>
        <location filename="../screens/answer.py" line="154"/>
        <source>You can also ask again in other words, or use the tiles on the home screen.</source>
        <translation>You can also ask again in other words, or use the tiles on the home screen.</translation>
    </message>
    <message>
        <location filename="../screens/answer.py" line="186"/>
        <source>Show on map</source>
        <translation>Show on map</translation>
    </message>
    <message>
        <location filename="../screens/answer.py" line="187"/>
        <source>Take a number</source>
        <translation>Take a number</translation>
    </message>
    <message>
        <location filename="../screens/answer.py" line="188"/>
        <source>Print guide</source>
        <translation>Print guide</translation>
    </message>
    <message>
        <location filename="../screens/chooser.py" line="86"/>
        <source>You asked: {0}</source>
        <translation>You asked: {0}</translation>
    </message>
    <message>
        <location filename="../screens/chooser.py" line="102"/>
        <source>★ Most likely</source>
        <translation>★ Most likely</translation>
    </message>
    <message>
        <location filename="../screens/chooser.py" line="121"/>
        <source>Did you mean:</source>
        <translation>Did you mean:</translation>
    </message>
    <message>
        <location filename="../screens/chooser.py" line="122"/>
        <source>None of these — ask staff</source>
        <translation>None of these — ask staff</translation>
    </message>
    <message>
        <location filename="../screens/map_screen.py" line="107"/>
        <source>Window {0}</source>
        <translation>Window {0}</translation>
    </message>
    <message>
        <location filename="../screens/map_screen.py" line="143"/>
        <source>Go to {0}: {1} {2}</source>
        <translation>Go to {0}: {1} {2}</translation>
    </message>
    <message>
        <location filename="../screens/map_screen.py" line="147"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../screens/map_screen.py" line="154"/>
        <source>Also possible:</source>
        <translation>Also possible:</translation>
    </message>
    <message>
        <location filename="../screens/map_screen.py" line="154"/>
        <source>Choose a window:</source>
        <translation>Choose a window:</translation>
    </message>
    <message>
        <location filename="../screens/map_screen.py" line="160"/>
        <source>Step-free route (lifts only)</source>
        <translation>Step-free route (lifts only)</translation>
    </message>
    <message>
        <location filename="../screens/map_screen.py" line="172"/>
        <source>You are here</source>
        <translation>You are here</translation>
    </message>
    <message>
        <location filename="../screens/map_screen.py" line="185"/>
        <source>lift or stairs</source>
        <translation>lift or stairs</translation>
    </message>
    <message>
        <location filename="../screens/map_screen.py" line="187"/>
        <source>① Take the {0} to {1}</source>
        <translation>① Take the {0} to {1}</translation>
    </message>
    <message>
        <location filename="../screens/map_screen.py" line="188"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <location filename="../screens/map_screen.py" line="190"/>
        <source>② On {0}, leave the {1} and go to {2}</source>
        <translation>② On {0}, leave the {1} and go to {2}</translation>
    </message>
    <message>
        <location filename="../screens/map_screen.py" line="194"/>
        <source>Follow the line from &quot;You are here&quot; to {0}</source>
        <translation>Follow the line from &quot;You are here&quot; to {0}</translation>
    </message>
</context>
</TS>
