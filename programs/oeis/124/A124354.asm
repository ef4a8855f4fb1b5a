; A124354: Orders of the automorphisms groups of the n-antiprism graph.
; 48,16,20,24,28,32,36,40,44,48,52,56,60,64,68,72,76,80,84,88,92,96,100,104,108,112,116,120,124,128,132,136,140,144,148,152,156,160,164,168,172,176,180,184,188,192,196,200,204,208,212,216,220,224,228,232,236

#offset 3

sub $0,3
sub $0,1
sub $3,7
sub $0,1
sub $3,3
add $0,1
sub $0,1
add $0,2
sub $3,6
mov $1,$0
lpb $1
  add $3,$3
  sub $1,1
  sub $2,$3
  mov $3,2
lpe
mov $0,$2
div $0,2
add $0,15
sub $0,$2
mul $0,2
add $0,4
sub $0,4
div $0,2
add $0,1
sub $0,14
add $0,16
add $0,1
sub $0,3
mul $0,2
add $0,16
