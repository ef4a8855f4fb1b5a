; A109633: In the game of bridge, a(n) is the penalty for going down n tricks in a non-vulnerable, doubled contract.
; 100,300,500,800,1100,1400,1700,2000,2300,2600,2900,3200,3500

#offset 1

sub $0,1
mov $3,$0
max $0,2
sub $3,-1
add $0,$3
add $0,$3
mul $0,98
add $0,6
sub $0,202
div $0,98
add $0,1
sub $0,3
mul $0,100
add $0,100
