; A092937: Differences nextprime(2k) - precprime(2k) having maximum prime density for 2k <= 10^n.
; 6,6,6,6,12,18,18,30

#offset 2

sub $0,2
mov $2,$0
sub $2,1
add $3,$2
lpb $2
  sub $2,1
  add $3,$0
lpe
mov $0,$3
div $0,12
mul $0,11
div $0,11
mul $0,6
add $0,6
