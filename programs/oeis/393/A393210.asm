; A393210: Halting time for Wolfram's 2-state 2-symbol Turing machine 3626 when started with n on the tape.
; 1,5,1,13,1,5,1,29,1,5,1,13,1,5,1,61,1,5,1,13,1,5,1,29,1,5,1,13,1,5,1,125,1,5,1,13,1,5,1,29,1,5,1,13,1,5,1,61,1,5,1,13,1,5,1,29,1,5,1,13,1,5,1,253,1,5,1,13,1,5,1,29,1,5,1,13,1,5,1,61

#offset 1

sub $0,1
add $0,1
add $0,1
gcd $3,8
sub $0,1
pow $3,$0
gcd $0,$3
sub $0,1
mul $0,4
add $0,1
