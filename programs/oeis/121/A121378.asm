; A121378: EBCDIC codes for decimal digits.
; Formula: a(n) = n+239
; 240,241,242,243,244,245,246,247,248,249

#offset 1

add $0,239
