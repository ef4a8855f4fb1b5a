; A322271: Smallest multiplication factors f, prime or 1, for all b (mod 24), coprime to 24, so that b*f is a nonzero square mod 8 and mod 3.
; 1,5,7,11,13,17,19,23

#offset 1

sub $0,1
sub $0,1
add $0,3
sub $0,1
mov $1,$0
lpb $1
  sub $1,2
  add $0,1
lpe
add $0,6
add $0,7
sub $0,1
sub $0,16
mul $0,2
add $0,1
sub $0,-5
add $0,1
