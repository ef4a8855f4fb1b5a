; A228394: The number of permutations of length n sortable by 2 prefix block transpositions.
; Formula: a(n) = floor((12*binomial(n,4)+(binomial(n+n,3)+12*binomial(n,4)))/4)+1
; 1,2,6,21,61,146,302,561,961,1546,2366,3477,4941,6826,9206,12161,15777,20146,25366,31541,38781,47202,56926,68081,80801,95226,111502,129781,150221,172986,198246,226177,256961,290786,327846,368341,412477,460466,512526,568881

#offset 1

mov $1,$0
add $1,$0
bin $1,3
bin $0,4
mul $0,12
add $1,$0
add $0,$1
div $0,4
add $0,1
