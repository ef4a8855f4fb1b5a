; A341740: a(n) is the maximum value of the magic constant in a normal magic triangle of order n.
; 12,23,37,54,74,97,123,152,184,219,257,298,342,389,439,492,548,607,669,734,802,873,947,1024,1104,1187,1273,1362,1454,1549,1647,1748,1852,1959,2069,2182,2298,2417,2539,2664,2792,2923,3057,3194,3334,3477,3623,3772,3924

#offset 3

sub $0,3
sub $0,1
add $0,3
sub $0,1
add $0,1
mov $3,$0
mov $2,$3
dif $2,$0
lpb $3
  sub $3,1
  add $2,3
lpe
mul $0,$2
sub $2,-2
div $0,-1
sub $0,2
sub $2,3
mul $0,2
sub $0,13
div $0,4
sub $2,$0
mov $0,$2
sub $0,17
add $0,12
