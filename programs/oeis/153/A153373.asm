; A153373: Number of zig-zag paths from top to bottom of a rectangle of width 11 with 2n-1 rows whose color is not that of the top right corner.
; 5,18,66,244,906,3372,12566,46860,174810,652252,2433942,9083004,33897050,126503148,472111446,1761934444,6575609946,24540472572,91586214806,341804255580,1275630545370,4760717401612,17767238012502

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
div $0,2
