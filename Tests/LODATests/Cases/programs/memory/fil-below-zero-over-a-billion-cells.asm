; case: fil below zero over a billion cells
; from: written here
; expect:
; error: Memory access with negative index: -999999989
fil $10,-1000000000
