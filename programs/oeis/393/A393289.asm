; A393289: Genus of the n-path complement graph.
; 0,0,0,0,0,0,1,1,2,3,3,5,6,7

#offset 1

sub $0,1
sub $0,1
sub $0,1
mul $0,2
add $0,1
sub $0,-1
lpb $0
  sub $0,6
  sub $3,$0
lpe
mov $0,$3
add $0,9
sub $0,10
div $0,-5
mul $0,8
div $0,8
