; A110839: Weight enumerator of [16,15,2] even weight code (the Reed-Muller code RM(3,4)).
; 1,120,1820,8008,12870,8008,1820,120,1

add $3,$0
add $3,$0
mov $0,16
bin $0,$3
