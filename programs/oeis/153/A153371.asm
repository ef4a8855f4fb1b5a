; A153371: Number of zig-zag paths from top to bottom of a rectangle of width 11 with 2n rows whose color is that of the top right corner.
; 10,36,132,488,1812,6744,25132,93720,349620,1304504,4867884,18166008,67794100,253006296,944222892,3523868888,13151219892,49080945144,183172429612,683608511160,2551261090740,9521434803224,35534476025004

#offset 1

mov $1,1
mov $2,$0
gcd $0,-1
mov $3,3
lpb $2
  add $1,$3
  sub $2,1
  add $3,$0
  add $3,$1
  add $3,$1
  mul $0,-2
  add $3,$0
  mul $0,-1
lpe
mov $0,$3
