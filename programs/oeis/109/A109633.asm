; A109633: In the game of bridge, a(n) is the penalty for going down n tricks in a non-vulnerable, doubled contract.
; 100,300,500,800,1100,1400,1700,2000,2300,2600,2900,3200,3500

#offset 1

sub $0,1
mov $1,$0
sub $1,1
add $2,2
mul $2,$0
lpb $1
  sub $1,1
  add $2,$1
  add $1,$3
  add $3,2
lpe
add $2,2
mov $0,$2
sub $0,2
mul $0,100
add $0,100
