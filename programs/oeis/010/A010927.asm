; A010927: Binomial coefficient C(11,n).
; 1,11,55,165,330,462,462,330,165,55,11,1

add $3,$0
mov $0,11
bin $0,$3
