; A121377: ASCII codes for decimal digits.
; 48,49,50,51,52,53,54,55,56,57

#offset 1

sub $0,1
add $0,2
add $0,$0
sub $0,4
div $0,2
add $0,48
