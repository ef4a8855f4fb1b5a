; A066140: Covering numbers C(n,n-3,n-4).
; 3,6,12,20,30,45,63,84

#offset 5

sub $0,5
add $0,1
sub $0,1
add $0,1
sub $0,-3
mov $2,$0
lpb $2
  sub $2,3
  add $3,$2
  sub $0,1
  add $3,$0
lpe
mul $0,$3
mul $0,10
div $0,10
div $0,2
div $0,2
