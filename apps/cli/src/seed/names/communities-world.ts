import type { Community } from './community.js';

// Vietnamese and Chinese names are written family name first; Eritrean and Ethiopian "surnames"
// are the father's name (patronymic), so the same name turns up as a forename and a surname.

export const VIETNAMESE: Community = {
  name: 'Vietnamese',
  weight: 9,
  forenames: `Văn An|Văn Hùng|Văn Minh|Văn Nam|Văn Tuấn|Văn Dũng|Văn Long|Văn Hải|Văn Thành|Văn Đức|Văn Hoàng|Văn Phong|Văn Quang|Văn Sơn
    |Văn Thắng|Văn Toàn|Văn Trung|Văn Cường|Văn Bình|Văn Khoa|Đức Anh|Quốc Huy|Minh Tuấn|Thanh Tùng|Hoàng Long|Ngọc Sơn|Quang Vinh
    |Xuân Trường|Hữu Phúc|Công Danh|Tiến Dũng|Mạnh Hùng|Duy Khánh|Gia Bảo|Bảo Nam|Đình Trọng|Trọng Nghĩa|Anh Tú|Văn Lâm|Văn Tài
    |Thị Lan|Thị Hoa|Thị Mai|Thị Hương|Thị Hằng|Thị Thu|Thị Ngọc|Thị Nga|Thị Linh|Thị Phương|Thị Trang|Thị Hạnh|Thị Yến|Thị Thảo
    |Ngọc Anh|Thu Trang|Minh Châu|Kim Ngân|Thanh Hà|Bích Ngọc`,
  surnames: `Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đinh Lâm Mai Trịnh Trương Cao Lương Tạ
    Hà Tô Quách Từ Vương Châu Đoàn Kiều Thái Triệu La Khúc Tăng Văn Giang Lục Mạc Lưu Đàm Thân Nghiêm Chu Doãn Phùng Tôn Âu Hứa`,
  aliases: {},
  familyNameFirst: true,
};

export const CHINESE: Community = {
  name: 'Chinese',
  weight: 6,
  forenames: `Wei Jun Lei Jie Tao Ming Hao Yong Jian Bin Qiang Hui Gang Peng Chao Long Bo Kai Yang Fei Xin Jing Lin Ping Hong Dong
    Xiaoming Jianguo Zhiwei Guoqiang Haitao Zhiqiang Jianhua Wenjie Xiaolong Yuxuan Zihao Haoran Junjie Yifan Mei Li Na Fang Yan
    Xiu Ying Hua Juan Yun Xiaohong Lihua Xiuying Guiying Yuying Jing Hui Min Qian Ting Xue Yue Lan Qing`,
  surnames: `Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang Han Feng
    Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lü Ding Ren Lu Yao Shen Zhong Jiang Cui Tan Lu Fan
    Wong Chan Cheung Lau Ng Leung Ho Lam Yip Tsang Kwok Chow Lee Chung Mak`,
  aliases: {},
  familyNameFirst: true,
};

export const NIGERIAN: Community = {
  name: 'Nigerian (Yoruba and Igbo)',
  weight: 6,
  forenames: `Oluwaseun Olumide Adebayo Oluwatobi Babatunde Olufemi Ayodele Adewale Olusegun Oladipo Kehinde Taiwo Femi Tunde
    Kayode Gbenga Segun Damilola Temitope Oluwadamilare Chinedu Emeka Chukwuemeka Obinna Ikenna Nnamdi Uchenna Chibuike Ifeanyi
    Kelechi Chidi Ebuka Onyekachi Chijioke Tochukwu Okechukwu Emmanuel Samuel Daniel Godwin Blessing Precious Favour Ngozi Chioma
    Adaeze Chiamaka Nneka Ifeoma Amaka Funmilayo Folake Yetunde Bukola Abimbola Omolara Adenike Titilayo Oluwakemi Busayo`,
  surnames: `Adeyemi Okafor Okonkwo Eze Nwosu Balogun Adebayo Ogunleye Afolabi Olawale Oyelaran Akinola Ogunbiyi Adeleke Bakare
    Oladipo Salami Ojo Okeke Nwachukwu Obi Nnadi Uzor Onyeka Chukwu Ibe Anyanwu Okoro Ugwu Agu Okoye Nwankwo Ezeh Igwe Onwuka
    Adewale Olatunji Fashola Ogundipe Akande Ayodele Oyebanji Adesina Ogunsanya Adebiyi Oyewole Olaniyan Ajayi Babalola Oni Alabi
    Omotayo Ilesanmi Nwafor Umeh Ezekwesili Obiora Azubuike Iwu Nzeribe Ogbonna Nwaogu`,
  aliases: { Oluwaseun: ['Seun'], Olufemi: ['Femi'], Babatunde: ['Tunde'], Olusegun: ['Segun'], Chukwuemeka: ['Emeka'], Oluwatobi: ['Tobi', 'Toby'], Ikenna: ['Ike'], Chinedu: ['Ned'], Emmanuel: ['Emma'], Oluwakemi: ['Kemi'] },
};

export const ERITREAN_ETHIOPIAN: Community = {
  name: 'Eritrean and Ethiopian',
  weight: 5,
  forenames: `Tesfay Yonas Dawit Filmon Samuel Henok Biniam Robel Merhawi Amanuel Yohannes Habtom Kidane Teklay Mulugeta Berhane
    Haile Tesfamariam Gebremedhin Mesfin Abraham Michael Daniel Senait Semhar Helen Selam Saba Luwam Yordanos Mebrat Hiwet Rahel
    Tsega Feven Mahlet Bethlehem Eden Ruta Abeba Meron Tigist Hanna Almaz Abel Kibrom Natnael Efrem Ermias Eyob Fitsum Goitom`,
  surnames: `Tesfay Gebremedhin Tesfamariam Haile Berhane Kidane Tekle Gebrehiwet Mebrahtu Ghebremichael Woldemariam Asmerom Habte
    Yohannes Tesfaye Mekonnen Girma Bekele Alemu Tadesse Negash Gebre Hailu Abraha Weldu Okbay Mehari Russom Zerai Andemariam Ghirmay
    Mulugeta Araya Kahsay Ogbazghi Tekeste Hagos Berhe Fissehaye Amanuel Samuel Dawit Michael Abraham Daniel Yemane Solomon Tewolde`,
  aliases: { Yohannes: ['John', 'Johannes'], Dawit: ['David'], Yonas: ['Jonas', 'Jonah'], Michael: ['Mikael'], Biniam: ['Binyam'] },
  patronymic: true,
};

export const ARABIC_SOUTH_ASIAN: Community = {
  name: 'Arabic, Pakistani, Afghan and Kurdish',
  weight: 14,
  forenames: `Mohammed Muhammad Ahmed Ali Hassan Hussain Omar Abdul Imran Bilal Usman Adnan Tariq Asif Zahid Kamran Faisal Naveed
    Shahid Irfan Waqar Zubair Sajid Arshad Khalid Yusuf Ibrahim Mustafa Mahmoud Karim Hamza Amir Nasir Rashid Rizwan Shakeel Abdullah
    Abdulrahman Ahmad Ahmadullah Gul Zalmai Wahid Farhad Jawad Hamid Habib Rahim Najib Shirzad Sardar Aziz Rebwar Karwan Hawkar
    Dilshad Azad Hemin Shwan Sherzad Dana Baran Kawa Fatima Aisha Maryam Zainab Khadija Amina Ayesha Nadia Samina Shazia Saima
    Rukhsana Nasreen Parveen Bushra Huma Sana Hina Farzana Gulalai Zahra Leila Shirin Roya Nasrin Jwan Shilan`,
  surnames: `Khan Ali Ahmed Hussain Mahmood Akhtar Iqbal Shah Rehman Rahman Butt Malik Qureshi Chaudhry Raza Hassan Aziz Javed
    Mirza Sheikh Siddiqui Bashir Anwar Abbasi Rashid Nawaz Yousaf Hameed Sadiq Arif Latif Saleem Mughal Ansari Karim Haider
    Al-Hassan Al-Sayed Al-Ahmad Haddad Saleh Mansour Abdullah Ibrahim Omar Nasser Khalil Mustafa Hamdan Al-Amin Al-Masri Darwish
    Karimi Ahmadi Mohammadi Hosseini Rahimi Rezaei Amiri Noori Safi Popal Stanikzai Ahmadzai Durrani Barakzai Wardak Sultani
    Hakimi Jalali Yousufzai Mohammadzai Habibi Sharifi Zadran Mangal Barzani Talabani Zebari Rasul Aziz Hama Ali Mahmoud Qadir
    Omar Hawrami Jaf Mohammed Salih Kareem Hussein Amin Rashid Faraj`,
  aliases: { Mohammed: ['Muhammad', 'Mohamed', 'Mohamad', 'Mohammad'], Muhammad: ['Mohammed', 'Mohamed', 'Mohammad'], Ahmed: ['Ahmad', 'Ahmet'], Ahmad: ['Ahmed'], Hussain: ['Hussein', 'Husain'], Yusuf: ['Joseph', 'Yousuf', 'Yousef'], Ibrahim: ['Abraham', 'Ebrahim'], Omar: ['Umar'], Usman: ['Osman', 'Uthman'], Abdulrahman: ['Abdul Rahman', 'Abdel Rahman'], Khalid: ['Khaled'], Mustafa: ['Mostafa', 'Moustafa'], Fatima: ['Fatma', 'Fatimah'], Aisha: ['Ayesha', 'Aysha'], Zainab: ['Zaynab'] },
};

export const INDIAN_BANGLADESHI: Community = {
  name: 'Indian and Bangladeshi',
  weight: 6,
  forenames: `Rahul Amit Sanjay Rajesh Vijay Sunil Anil Ravi Deepak Manoj Suresh Ramesh Arjun Vikram Harpreet Gurpreet Jaspreet
    Manjit Kuldeep Sukhwinder Baljit Rajinder Paramjit Jagdeep Mohammed Abdul Shahidul Mizanur Aminul Rafiqul Shafiqul Anwar
    Jahangir Kamal Alamgir Habibur Mahbub Nurul Sohel Priya Anjali Pooja Sunita Kavita Neha Deepa Rekha Manpreet Harjit Rupinder
    Nasima Rokeya Shahnaz Rahima Taslima Farida Salma Hasina Ruksana Jasmin`,
  surnames: `Patel Singh Kaur Sharma Kumar Begum Uddin Islam Rahman Hossain Miah Ahmed Chowdhury Khatun Akter Sarkar Das Roy
    Gupta Shah Mehta Desai Joshi Chauhan Gill Sandhu Sidhu Dhillon Grewal Bains Johal Sahota Virdi Bhatti Mann Atwal Rai Verma
    Reddy Nair Iyer Pillai Menon Rao Mistry Parmar Solanki Chaudhary Yadav Thakur Bhatt Malhotra Kapoor Chopra Mondal Biswas
    Talukder Sikder Bhuiyan Haque Karim Alam Mia Ali`,
  aliases: { Mohammed: ['Muhammad', 'Mohamed', 'Md'], Abdul: ['Abdool'], Shahidul: ['Shahid'], Rajinder: ['Raj'], Harpreet: ['Harry'], Gurpreet: ['Gary'], Sukhwinder: ['Sukhi'], Kamal: ['Kamaal'] },
};
