; A387326: Numbers whose prime factors do not have choosable sets of integer partitions.
; 8,16,24,32,40,48,56,64,72,80,81

#offset 1

mul $0,8
lpb $0
  mov $0,81
lpe
