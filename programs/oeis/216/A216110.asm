; A216110: The Wiener index of the meta-polyphenyl chain with n hexagons (see the Dou et al. and the Deng references).
; 27,198,621,1404,2655,4482,6993,10296,14499,19710,26037,33588,42471,52794,64665,78192,93483,110646,129789,151020,174447,200178,228321,258984,292275,328302,367173,408996,453879,501930

#offset 1

sub $0,1
add $0,1
add $0,1
sub $0,1
sub $0,1
add $0,$0
sub $0,1
add $0,1
add $0,1
mov $2,$0
sub $2,-1
lpb $2
  add $0,$2
  sub $2,1
  add $0,$2
  add $3,$0
  add $0,1
  add $0,1
  add $3,1
  add $3,-1
  add $0,$2
lpe
mov $0,$3
sub $0,12
div $0,4
mul $0,9
add $0,27
