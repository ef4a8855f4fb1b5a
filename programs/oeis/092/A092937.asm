; A092937: Differences nextprime(2k) - precprime(2k) having maximum prime density for 2k <= 10^n.
; 6,6,6,6,12,18,18,30

#offset 2

sub $0,2
mul $0,$0
add $0,1
sub $0,1
sub $0,1
sub $3,$0
mov $0,$3
div $0,12
add $0,1
sub $0,1
mul $0,-6
add $0,6
