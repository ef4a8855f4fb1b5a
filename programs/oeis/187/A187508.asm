; A187508: Number of 3-step S, E, and NW-moving king's tours on an n X n board summed over all starting positions
; 0,6,31,74,135,214,311,426,559,710,879,1066,1271,1494,1735,1994,2271,2566,2879,3210,3559,3926,4311,4714,5135,5574,6031,6506,6999,7510,8039,8586,9151,9734,10335,10954,11591,12246,12919,13610,14319,15046,15791,16554,17335,18134,18951,19786,20639,21510

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
mov $2,$0
lpb $2
  sub $2,1
  add $3,$0
  add $3,$0
  add $3,$2
  mov $0,$3
  mul $0,7
  div $0,7
  mul $0,$0
  div $0,3
  add $0,7
  sub $0,8
  mul $0,12
  lpb $2
    sub $2,1
    add $0,16
  lpe
  add $0,26
lpe
sub $0,14
div $0,4
mul $0,9
add $0,4
sub $0,-23
div $0,9
