; A394083: Genus of the n-cycle complement graph.
; 0,0,0,0,1,1,1,3,3,4,6,7

#offset 3

sub $0,3
sub $0,1
gcd $3,$0
lpb $3
  add $1,$3
  sub $3,3
lpe
mov $0,$1
mul $0,5
div $0,15
mul $0,6
div $0,6
